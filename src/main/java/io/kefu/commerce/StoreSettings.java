package io.kefu.commerce;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The store's policies as the merchant set them; every field has a value (defaults fill the gaps).
 */
public record StoreSettings(String storeName, String currency, String defaultLanguage, int returnWindowDays,
        int exchangeWindowDays, int priceProtectionDays, BigDecimal freeShippingThreshold, BusinessHours businessHours) {

    public static final StoreSettings DEFAULTS = new StoreSettings("Kefu Store", "CNY", "zh", 7, 15, 30,
            new BigDecimal("99"), new BusinessHours("09:00", "22:00", "Asia/Shanghai"));

    /** Opening hours in the store's time zone, as {@code HH:mm}. */
    public record BusinessHours(String open, String close, String timezone) {

        public ZoneId zone() {
            return ZoneId.of(timezone);
        }

        public LocalTime opens() {
            return LocalTime.parse(open);
        }

        public LocalTime closes() {
            return LocalTime.parse(close);
        }
    }

    public ZoneId zone() {
        return businessHours.zone();
    }
}
