package io.kefu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small store imported through the API with ids unique to one test, so tests sharing a database
 * never see each other's records.
 */
public final class TestStore {

    public final String suffix = Long.toString(10_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 89_999_999L));
    public final String alice = "alice-" + suffix;
    public final String bob = "bob-" + suffix;
    public final String phoneSku = "PH-" + suffix;
    public final String aliceShipped = "KFA" + suffix;
    public final String bobPaid = "KFB" + suffix;
    public final String aliceDelivered = "KFD" + suffix;
    public final String aliceDeliveredLongAgo = "KFO" + suffix;

    private final ApiClient api;

    public TestStore(ApiClient api) {
        this.api = api;
    }

    /** Business hours round the clock, so handovers queue whatever time the tests run. */
    public static final Map<String, Object> ALWAYS_OPEN = Map.of("businessHours", Map.of("open", "00:00", "close", "00:00"));

    public TestStore imported() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        put("/api/v1/settings", ALWAYS_OPEN);
        put("/api/v1/catalog/products", List.of(Map.of("sku", phoneSku, "name", "星耀X10 手机", "category", "手机", "brand", "星耀",
                "price", 2999, "stock", 12, "attributes", Map.of("batteryMah", 5000, "fastCharge", "65W", "color", "蓝色"),
                "description", "5000mAh 大电池，65W 快充", "tags", List.of("新品"))));
        put("/api/v1/customers", List.of(
                Map.of("id", alice, "name", "王小丽", "phone", "13812345678", "email", "alice@example.com", "vip", true, "tags", List.of()),
                Map.of("id", bob, "name", "Bob Lee", "phone", "13987654321", "email", "bob@example.com", "vip", false, "tags", List.of())));
        put("/api/v1/orders", List.of(order(aliceShipped, alice, "SHIPPED", now), order(bobPaid, bob, "PAID", now),
                delivered(aliceDelivered, now.minusDays(3)), delivered(aliceDeliveredLongAgo, now.minusDays(20))));
        return this;
    }

    public Map<String, Object> order(String orderId, String customerId, String status, OffsetDateTime now) {
        Map<String, Object> order = new java.util.HashMap<>(Map.of("orderId", orderId, "customerId", customerId, "status", status,
                "items", List.of(Map.of("sku", phoneSku, "quantity", 1, "unitPrice", 2999)), "total", 2999,
                "createdAt", now.minusDays(2).toString(), "paidAt", now.minusDays(2).toString(), "address", "上海市浦东新区世纪大道100号"));
        if ("SHIPPED".equals(status)) {
            order.put("shippedAt", now.minusDays(1).toString());
            order.put("shipment", Map.of("carrier", "顺丰速运", "trackingNo", "SF" + suffix, "events", List.of(
                    Map.of("time", now.minusDays(1).toString(), "location", "深圳", "description", "已揽收"),
                    Map.of("time", now.minusHours(3).toString(), "location", "上海转运中心", "description", "运输中"))));
        }
        return order;
    }

    private Map<String, Object> delivered(String orderId, OffsetDateTime deliveredAt) {
        Map<String, Object> order = order(orderId, alice, "DELIVERED", deliveredAt.plusDays(2));
        order.put("createdAt", deliveredAt.minusDays(3).toString());
        order.put("paidAt", deliveredAt.minusDays(3).toString());
        order.put("shippedAt", deliveredAt.minusDays(2).toString());
        order.put("deliveredAt", deliveredAt.toString());
        return order;
    }

    /** Takes an FAQ entry out of service (status DRAFT), so later tests sharing the database do not meet it. */
    public void withdrawFaq(String id, String language) {
        put("/api/v1/knowledge", List.of(Map.of("id", id, "language", language, "questions", List.of("-"), "answer", "-", "status", "DRAFT")));
    }

    public void put(String path, Object body) {
        ApiClient.Response response = api.put(path, ServiceTest.ADMIN, body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
