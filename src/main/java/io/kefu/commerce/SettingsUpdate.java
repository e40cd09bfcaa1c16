package io.kefu.commerce;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A partial update of the store settings: fields left out keep their current value.
 */
public record SettingsUpdate(@Size(min = 1, max = 200) String storeName, @Pattern(regexp = "[A-Z]{3}") String currency,
        @Pattern(regexp = "zh|en") String defaultLanguage, @PositiveOrZero @Max(3650) Integer returnWindowDays,
        @PositiveOrZero @Max(3650) Integer exchangeWindowDays, @PositiveOrZero @Max(3650) Integer priceProtectionDays,
        @PositiveOrZero BigDecimal freeShippingThreshold, @Valid Hours businessHours) {

    private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    /** Opening hours; each part optional. */
    public record Hours(@Pattern(regexp = TIME, message = "must be HH:mm") String open,
            @Pattern(regexp = TIME, message = "must be HH:mm") String close, String timezone) {
    }

    StoreSettings applyTo(StoreSettings current) {
        StoreSettings.BusinessHours hours = current.businessHours();
        if (businessHours != null) {
            hours = new StoreSettings.BusinessHours(or(businessHours.open, hours.open()), or(businessHours.close, hours.close()),
                    or(businessHours.timezone, hours.timezone()));
        }
        return new StoreSettings(or(storeName, current.storeName()), or(currency, current.currency()),
                or(defaultLanguage, current.defaultLanguage()), or(returnWindowDays, current.returnWindowDays()),
                or(exchangeWindowDays, current.exchangeWindowDays()), or(priceProtectionDays, current.priceProtectionDays()),
                or(freeShippingThreshold, current.freeShippingThreshold()), hours);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
