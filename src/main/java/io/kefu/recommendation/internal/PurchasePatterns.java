package io.kefu.recommendation.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.StoreDataChanged;
import io.kefu.platform.DataVersions;
import io.kefu.platform.Paging;
import io.kefu.recommendation.RecommendationSettings;

/**
 * The {@link OrderStatistics} of the store's current orders: computed from every order once, again
 * only after orders changed (an import, a change Kefu made), on whichever node is asked first.
 */
@Component
class PurchasePatterns {

    private final OrderBook orders;
    private final DataVersions versions;
    private final RecommendationSettings settings;
    private final PerVersion<OrderStatistics> statistics = new PerVersion<>();

    PurchasePatterns(OrderBook orders, DataVersions versions, RecommendationSettings settings) {
        this.orders = orders;
        this.versions = versions;
        this.settings = settings;
    }

    OrderStatistics current() {
        return statistics.get(versions.current(StoreDataChanged.Kind.ORDERS.name()), this::compute);
    }

    private OrderStatistics compute() {
        OrderStatistics.Builder builder = new OrderStatistics.Builder(settings.minSupport());
        for (int page = 0;; page++) {
            List<Order> batch = orders.page(new Paging(page, Paging.MAX_SIZE));
            batch.forEach(builder::add);
            if (batch.size() < Paging.MAX_SIZE) {
                return builder.build();
            }
        }
    }
}
