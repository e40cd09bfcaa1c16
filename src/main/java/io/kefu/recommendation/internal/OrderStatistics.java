package io.kefu.recommendation.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderStatus;

/**
 * What all customers' orders say, computed once per version of the orders: which products are
 * bought together more often than chance (support and lift), which are bought again and how soon
 * (refill interval), and which sell most. An order counts as a purchase unless it was cancelled or
 * returned.
 */
final class OrderStatistics {

    static final OrderStatistics EMPTY = new Builder(1).build();

    private final int orders;
    private final int minSupport;
    private final Map<String, Integer> ordersWith;
    private final Map<String, Map<String, Integer>> together;
    private final Map<String, Duration> refillIntervals;
    private final List<String> bestSellers;

    private OrderStatistics(int orders, int minSupport, Map<String, Integer> ordersWith, Map<String, Map<String, Integer>> together,
            Map<String, Duration> refillIntervals, List<String> bestSellers) {
        this.orders = orders;
        this.minSupport = minSupport;
        this.ordersWith = ordersWith;
        this.together = together;
        this.refillIntervals = refillIntervals;
        this.bestSellers = bestSellers;
    }

    static boolean isPurchase(Order order) {
        return order.status() != OrderStatus.CANCELLED && !isReturn(order);
    }

    static boolean isReturn(Order order) {
        return order.status() == OrderStatus.RETURN_REQUESTED || order.status() == OrderStatus.RETURNED
                || order.status() == OrderStatus.REFUNDED;
    }

    /**
     * Products bought in the same order as {@code sku} in at least min-support orders and more often
     * than if the two were independent (lift above 1), with the share of {@code sku}'s orders that
     * also held them (confidence), most confident first.
     */
    List<Association> boughtWith(String sku) {
        Map<String, Integer> pairs = together.getOrDefault(sku, Map.of());
        int withSku = ordersWith.getOrDefault(sku, 0);
        List<Association> found = new ArrayList<>();
        pairs.forEach((other, both) -> {
            if (both < minSupport) {
                return;
            }
            double lift = (double) both * orders / ((double) withSku * ordersWith.get(other));
            if (lift > 1) {
                found.add(new Association(other, (double) both / withSku, lift, both));
            }
        });
        found.sort(Comparator.comparingDouble(Association::confidence).reversed().thenComparing(Association::sku));
        return found;
    }

    /** How long customers typically take to buy the product again: the median of min-support repeat purchases or more. */
    Optional<Duration> refillInterval(String sku) {
        return Optional.ofNullable(refillIntervals.get(sku));
    }

    /** Every product bought, by units sold, then by orders, most first. */
    List<String> bestSellers() {
        return bestSellers;
    }

    record Association(String sku, double confidence, double lift, int orders) {
    }

    /** Collects orders one at a time, so that the whole order history never needs to sit in memory. */
    static final class Builder {

        private static final Duration SAME_PURCHASE = Duration.ofDays(1);

        private final int minSupport;
        private int orders;
        private final Map<String, Integer> ordersWith = new HashMap<>();
        private final Map<String, Map<String, Integer>> together = new HashMap<>();
        private final Map<String, Long> units = new HashMap<>();
        /** customer → sku → when they bought it. */
        private final Map<String, Map<String, List<OffsetDateTime>>> purchases = new HashMap<>();

        Builder(int minSupport) {
            this.minSupport = minSupport;
        }

        void add(Order order) {
            if (!isPurchase(order)) {
                return;
            }
            orders++;
            Set<String> skus = new LinkedHashSet<>();
            for (Order.Item item : order.items()) {
                skus.add(item.sku());
                units.merge(item.sku(), (long) item.quantity(), Long::sum);
            }
            for (String sku : skus) {
                ordersWith.merge(sku, 1, Integer::sum);
                purchases.computeIfAbsent(order.customerId(), c -> new HashMap<>()).computeIfAbsent(sku, s -> new ArrayList<>())
                    .add(order.createdAt());
                for (String other : skus) {
                    if (!other.equals(sku)) {
                        together.computeIfAbsent(sku, s -> new HashMap<>()).merge(other, 1, Integer::sum);
                    }
                }
            }
        }

        OrderStatistics build() {
            List<String> bestSellers = new ArrayList<>(units.keySet());
            bestSellers.sort(Comparator.comparing((String sku) -> units.get(sku)).reversed()
                .thenComparing(sku -> ordersWith.get(sku), Comparator.reverseOrder()).thenComparing(Comparator.naturalOrder()));
            return new OrderStatistics(orders, minSupport, Map.copyOf(ordersWith), Map.copyOf(together), refillIntervals(),
                    List.copyOf(bestSellers));
        }

        /** Intervals between one customer's purchases of a product; purchases within a day are one purchase. */
        private Map<String, Duration> refillIntervals() {
            Map<String, List<Duration>> intervals = new TreeMap<>();
            purchases.values().forEach(bySku -> bySku.forEach((sku, times) -> {
                List<OffsetDateTime> sorted = times.stream().sorted().toList();
                for (int i = 1; i < sorted.size(); i++) {
                    Duration gap = Duration.between(sorted.get(i - 1), sorted.get(i));
                    if (gap.compareTo(SAME_PURCHASE) >= 0) {
                        intervals.computeIfAbsent(sku, s -> new ArrayList<>()).add(gap);
                    }
                }
            }));
            Map<String, Duration> medians = new HashMap<>();
            intervals.forEach((sku, gaps) -> {
                if (gaps.size() >= minSupport) {
                    List<Duration> sorted = gaps.stream().sorted().toList();
                    medians.put(sku, sorted.get(sorted.size() / 2));
                }
            });
            return Map.copyOf(medians);
        }
    }
}
