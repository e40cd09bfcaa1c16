package io.kefu.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderStatus;
import io.kefu.commerce.StoreSettings;

/** The order state an agent gives is checked against the store's record of it. */
class QualityChecksTests {

    private final QualityChecks checks = new QualityChecks(StoreSettings.DEFAULTS, text -> true, text -> true, text -> false,
            Duration.ofMinutes(2));

    @Test
    void anOrderStateTheRecordsContradictIsAnAccuracyFinding() {
        Order paid = order("KF1", OrderStatus.PAID);
        Transcript wrong = History.of("ann", "zh", History.START).about("KF1").agent("amy", "您的订单已经发货了").transcript();
        Transcript right = History.of("ann", "zh", History.START).about("KF1").agent("amy", "您的订单还没发货，预计明天发出").transcript();

        List<QualityChecks.Finding> found = checks.review(wrong, "amy", Set.of(), List.of(paid), false);
        assertThat(found).extracting(QualityChecks.Finding::category).containsExactly("accuracy");
        assertThat(found.getFirst().note()).contains("PAID");
        assertThat(checks.review(right, "amy", Set.of(), List.of(paid), false)).isEmpty();
        assertThat(checks.review(right, "amy", Set.of(), List.of(order("KF1", OrderStatus.SHIPPED)), false)).hasSize(1);
    }

    private static Order order(String id, OrderStatus status) {
        return new Order(id, "ann", status, List.of(new Order.Item("SKU", 1, BigDecimal.ONE)), BigDecimal.ONE, History.START, History.START,
                null, null, null, null);
    }
}
