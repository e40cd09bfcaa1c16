package io.kefu.commerce;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's after-sales rules applied to one order at one moment: whether it can still be
 * returned, exchanged, cancelled or re-addressed, and what price protection it is owed. Pure: the
 * same order, settings, catalog and time always give the same answer.
 */
public final class AfterSalesPolicy {

    private AfterSalesPolicy() {
    }

    /** The order has not left the warehouse: a return is not possible yet, a cancellation is. */
    public static final String NOT_SHIPPED = "NOT_SHIPPED";
    /** The order is on its way. {@link #NOT_SHIPPED} is a case of it, for whoever does not tell them apart. */
    public static final String NOT_DELIVERED = "NOT_DELIVERED";
    /** Too late to return. */
    public static final String WINDOW_PASSED = "WINDOW_PASSED";
    /** Too late to return, but the store's longer exchange window is still open: a case of {@link #WINDOW_PASSED}. */
    public static final String EXCHANGE_STILL_OPEN = "EXCHANGE_STILL_OPEN";

    public enum Kind {
        RETURN, EXCHANGE
    }

    /**
     * @param eligible   whether the request can be made now
     * @param reason     why not: NOT_SHIPPED (still in the warehouse), NOT_DELIVERED (on its way), WINDOW_PASSED,
     *                   ALREADY_REQUESTED, CLOSED; null when eligible
     * @param windowDays the store's window for this kind
     * @param daysLeft   whole days left in the window (eligible), or days since it closed (WINDOW_PASSED)
     */
    public record Eligibility(boolean eligible, String reason, int windowDays, long daysLeft) {
    }

    public static Eligibility afterSales(Order order, Kind kind, StoreSettings settings, OffsetDateTime now) {
        int window = kind == Kind.RETURN ? settings.returnWindowDays() : settings.exchangeWindowDays();
        return switch (order.status()) {
            case PENDING_PAYMENT, PAID -> new Eligibility(false, NOT_SHIPPED, window, 0);
            case SHIPPED -> new Eligibility(false, NOT_DELIVERED, window, 0);
            case RETURN_REQUESTED, RETURNED, REFUNDED -> new Eligibility(false, "ALREADY_REQUESTED", window, 0);
            case CANCELLED -> new Eligibility(false, "CLOSED", window, 0);
            case DELIVERED -> withinWindow(order, window, now);
        };
    }

    private static Eligibility withinWindow(Order order, int window, OffsetDateTime now) {
        OffsetDateTime delivered = order.deliveredAt() != null ? order.deliveredAt() : order.createdAt();
        OffsetDateTime closes = delivered.plusDays(window);
        if (now.isAfter(closes)) {
            return new Eligibility(false, WINDOW_PASSED, window, Duration.between(closes, now).toDays());
        }
        return new Eligibility(true, null, window, Duration.between(now, closes).toDays());
    }

    /** Cancelling and changing the address are possible until the parcel leaves. */
    public static boolean isBeforeShipping(Order order) {
        return order.status().isBeforeShipping();
    }

    /**
     * What the store owes under price protection: for each item whose current price is lower than
     * what was paid, within {@code priceProtectionDays} of payment, the difference times the quantity.
     */
    public static PriceProtection priceProtection(Order order, ProductCatalog.Snapshot catalog, StoreSettings settings,
            OffsetDateTime now) {
        OffsetDateTime paid = order.paidAt();
        if (paid == null || order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REFUNDED) {
            return new PriceProtection("NOT_PAID", BigDecimal.ZERO, List.of());
        }
        if (now.isAfter(paid.plusDays(settings.priceProtectionDays()))) {
            return new PriceProtection("WINDOW_PASSED", BigDecimal.ZERO, List.of());
        }
        List<PriceDrop> drops = new ArrayList<>();
        for (Order.Item item : order.items()) {
            Optional<Product> product = catalog.products().stream().filter(p -> p.sku().equals(item.sku())).findFirst();
            product.filter(p -> p.price().compareTo(item.unitPrice()) < 0).ifPresent(p -> drops.add(new PriceDrop(p.sku(), p.name(),
                    item.unitPrice(), p.price(), item.unitPrice().subtract(p.price()).multiply(BigDecimal.valueOf(item.quantity())))));
        }
        BigDecimal total = drops.stream().map(PriceDrop::refund).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PriceProtection(drops.isEmpty() ? "NO_DROP" : "OWED", total, drops);
    }

    /** {@code outcome}: OWED, NO_DROP, WINDOW_PASSED or NOT_PAID. */
    public record PriceProtection(String outcome, BigDecimal refund, List<PriceDrop> drops) {
    }

    public record PriceDrop(String sku, String name, BigDecimal paid, BigDecimal now, BigDecimal refund) {
    }
}
