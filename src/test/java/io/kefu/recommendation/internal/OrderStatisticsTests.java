package io.kefu.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderStatus;

/** Bought-together patterns with a minimum support and lift, refill intervals, best sellers. */
class OrderStatisticsTests {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private int ids;

    private Order order(String customer, int day, OrderStatus status, String... skus) {
        return new Order("O" + ++ids, customer, status, Arrays.stream(skus).map(sku -> new Order.Item(sku, 1, BigDecimal.ONE)).toList(),
                BigDecimal.ONE, T0.plusDays(day), null, null, null, null, null);
    }

    @Test
    void aPairCountsFromTheMinimumSupportAndOnlyWhenBoughtTogetherMoreThanByChance() {
        OrderStatistics.Builder builder = new OrderStatistics.Builder(3);
        for (int i = 0; i < 3; i++) {
            builder.add(order("c" + i, 0, OrderStatus.DELIVERED, "kettle", "mug", "tray"));
        }
        builder.add(order("c9", 0, OrderStatus.DELIVERED, "kettle", "bag"));
        builder.add(order("c8", 0, OrderStatus.DELIVERED, "kettle", "bag"));
        builder.add(order("c7", 0, OrderStatus.CANCELLED, "kettle", "bag"));
        builder.add(order("c6", 0, OrderStatus.RETURNED, "kettle", "bag"));
        for (int i = 0; i < 6; i++) {
            builder.add(order("d" + i, 0, OrderStatus.DELIVERED, "tea"));
        }
        OrderStatistics statistics = builder.build();
        assertThat(statistics.boughtWith("kettle")).extracting(OrderStatistics.Association::sku)
            .as("bag: two kept orders, a cancelled and a returned one do not count").containsExactly("mug", "tray");
        assertThat(statistics.boughtWith("kettle").getFirst().confidence()).isEqualTo(3 / 5.0);
        assertThat(statistics.boughtWith("kettle").getFirst().lift()).isEqualTo(3.0 * 11 / (5 * 3));
        assertThat(statistics.bestSellers().getFirst()).isEqualTo("tea");
    }

    @Test
    void everybodyBuyingTwoProductsIsNoPatternBetweenThem() {
        OrderStatistics.Builder builder = new OrderStatistics.Builder(2);
        for (int i = 0; i < 4; i++) {
            builder.add(order("c" + i, 0, OrderStatus.PAID, "bag", "receipt"));
        }
        assertThat(builder.build().boughtWith("bag")).as("lift 1").isEmpty();
    }

    @Test
    void aRefillIntervalNeedsTheMinimumOfRepeatPurchasesAndIsTheirMedian() {
        OrderStatistics.Builder builder = new OrderStatistics.Builder(3);
        builder.add(order("a", 0, OrderStatus.DELIVERED, "filter"));
        builder.add(order("a", 28, OrderStatus.DELIVERED, "filter"));
        builder.add(order("b", 0, OrderStatus.DELIVERED, "filter"));
        builder.add(order("b", 30, OrderStatus.DELIVERED, "filter"));
        builder.add(order("b", 30, OrderStatus.DELIVERED, "filter", "soap"));
        builder.add(order("c", 5, OrderStatus.DELIVERED, "soap"));
        builder.add(order("c", 40, OrderStatus.DELIVERED, "soap"));
        OrderStatistics statistics = builder.build();
        assertThat(statistics.refillInterval("filter")).as("28 and 30 days; the same day again is one purchase").isEmpty();

        builder.add(order("c", 1, OrderStatus.DELIVERED, "filter"));
        builder.add(order("c", 36, OrderStatus.DELIVERED, "filter"));
        assertThat(builder.build().refillInterval("filter")).contains(Duration.ofDays(30));
        assertThat(builder.build().refillInterval("soap")).isEmpty();
    }
}
