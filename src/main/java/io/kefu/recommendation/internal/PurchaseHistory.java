package io.kefu.recommendation.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kefu.commerce.Order;

/**
 * What one customer bought and returned, from their orders. A product they returned is never
 * recommended to them again. A product they bought is not recommended either, unless the store's
 * orders show that customers buy it again ({@link OrderStatistics#refillInterval}) and that long
 * has passed since their last purchase: then it is due again.
 */
final class PurchaseHistory {

    private final Map<String, OffsetDateTime> lastBought = new HashMap<>();
    private final Set<String> returned = new HashSet<>();

    PurchaseHistory(List<Order> orders) {
        for (Order order : orders) {
            for (Order.Item item : order.items()) {
                if (OrderStatistics.isReturn(order)) {
                    returned.add(item.sku());
                }
                else if (OrderStatistics.isPurchase(order)) {
                    lastBought.merge(item.sku(), order.createdAt(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
    }

    /** The products they bought and kept: what their accessories, refills and companions are found from. */
    Set<String> bought() {
        return lastBought.keySet();
    }

    boolean excluded(String sku, OrderStatistics statistics, OffsetDateTime now) {
        return returned.contains(sku) || lastBought.containsKey(sku) && due(sku, statistics, now).isEmpty();
    }

    /** When a product they buy again is due: how long ago they last bought it and the store's refill interval. */
    Optional<Due> due(String sku, OrderStatistics statistics, OffsetDateTime now) {
        OffsetDateTime last = lastBought.get(sku);
        if (last == null || returned.contains(sku)) {
            return Optional.empty();
        }
        Duration since = Duration.between(last, now);
        return statistics.refillInterval(sku).filter(interval -> since.compareTo(interval) >= 0).map(interval -> new Due(since, interval));
    }

    record Due(Duration since, Duration interval) {
    }
}
