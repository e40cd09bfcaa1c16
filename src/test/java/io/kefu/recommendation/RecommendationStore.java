package io.kefu.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;

/**
 * A small kitchen store of its own, imported through the store-data API with ids unique to one test
 * (tests share a database): a kettle, its filter (which other customers buy again about every 30
 * days), a mat tagged for kettles, a mug and a tea tray bought together with the kettle, a spoon
 * bought with it a little less often, a wooden tray bought with it only twice, and a tea in two
 * sizes nobody bought. The tea tray is out of stock.
 */
final class RecommendationStore {

    final String suffix = Long.toString(10_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 89_999_999L));
    final String kettle = "KET-" + suffix;
    final String kettleName = "云雾 Q" + suffix + " 电水壶";
    final String filter = "FLT-" + suffix;
    final String mat = "MAT-" + suffix;
    final String mug = "MUG-" + suffix;
    final String teaTray = "TRY-" + suffix;
    final String spoon = "SPN-" + suffix;
    final String woodenTray = "WTR-" + suffix;
    final String tea = "TEA-" + suffix;
    final String bigTea = "TEB-" + suffix;
    final String teaLine = "岩韵 Y" + suffix + " 大红袍";
    final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);

    private final ApiClient api;
    private int orders;

    RecommendationStore(ApiClient api) {
        this.api = api;
    }

    RecommendationStore imported() {
        put("/api/v1/catalog/products", List.of(
                product(kettle, kettleName, "电水壶", 299, 20, Map.of("capacity", "1.7L"), "一键烧水，304 不锈钢内胆", List.of()),
                product(filter, "水垢滤芯 三只装", "滤芯", 39, 100, Map.of(), "适用于云雾 Q" + suffix + " 电水壶，建议每月更换", List.of()),
                product(mat, "硅胶隔热垫", "厨房配件", 25, 80, Map.of("material", "硅胶"), "耐高温，防滑", List.of("电水壶")),
                product(mug, "保温杯 350ml", "杯具", 89, 50, Map.of(), "双层真空", List.of()),
                product(teaTray, "陶瓷茶盘", "茶具", 199, 0, Map.of(), "德化白瓷", List.of()),
                product(spoon, "不锈钢茶勺", "餐具", 19, 300, Map.of(), "加长柄", List.of()),
                product(woodenTray, "胡桃木托盘", "托盘", 59, 30, Map.of(), "整木", List.of()),
                product(tea, teaLine + " 250g", "茶叶", 128, 40, Map.of("origin", "武夷山"), "浓香型", List.of()),
                product(bigTea, teaLine + " 500g", "茶叶", 238, 40, Map.of("origin", "武夷山"), "浓香型", List.of())));
        List<Map<String, Object>> customers = new ArrayList<>();
        for (String shopper : List.of("o1", "o2", "o3", "o4")) {
            customers.add(customer(other(shopper)));
        }
        put("/api/v1/customers", customers);
        List<Map<String, Object>> history = new ArrayList<>();
        // bought together with the kettle: mug and tea tray in four orders, the spoon in three, the wooden tray in two
        history.add(order(other("o1"), 60, "DELIVERED", item(kettle, 1), item(mug, 200), item(teaTray, 1), item(spoon, 1)));
        history.add(order(other("o2"), 58, "DELIVERED", item(kettle, 1), item(mug, 200), item(teaTray, 1), item(spoon, 1)));
        history.add(order(other("o3"), 57, "DELIVERED", item(kettle, 1), item(mug, 200), item(teaTray, 1), item(spoon, 1),
                item(woodenTray, 1)));
        history.add(order(other("o4"), 55, "DELIVERED", item(kettle, 1), item(mug, 200), item(teaTray, 1), item(woodenTray, 1)));
        // the filter is bought again about every 30 days (three repeat purchases)
        for (String shopper : List.of("o1", "o2", "o3")) {
            history.add(order(other(shopper), 70, "DELIVERED", item(filter, 1)));
            history.add(order(other(shopper), 40, "DELIVERED", item(filter, 1)));
        }
        put("/api/v1/orders", history);
        return this;
    }

    String other(String shopper) {
        return shopper + "-" + suffix;
    }

    /** A new customer of this store with the given orders. */
    String customer(String name, List<Map<String, Object>> theirOrders) {
        String id = name + "-" + suffix;
        put("/api/v1/customers", List.of(customer(id)));
        if (!theirOrders.isEmpty()) {
            List<Map<String, Object>> owned = new ArrayList<>();
            theirOrders.forEach(order -> {
                Map<String, Object> copy = new HashMap<>(order);
                copy.put("customerId", id);
                owned.add(copy);
            });
            put("/api/v1/orders", owned);
        }
        return id;
    }

    Map<String, Object> order(String customerId, int daysAgo, String status, Map<String, Object>... items) {
        OffsetDateTime created = now.minusDays(daysAgo);
        Map<String, Object> order = new HashMap<>(Map.of("orderId", "RC" + suffix + "-" + (++orders), "customerId", customerId == null ? "" : customerId,
                "status", status, "items", List.of(items), "total", 1, "createdAt", created.toString(), "address", "杭州市西湖区文三路1号"));
        if (!"PENDING_PAYMENT".equals(status) && !"CANCELLED".equals(status)) {
            order.put("paidAt", created.toString());
        }
        return order;
    }

    static Map<String, Object> item(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity, "unitPrice", 1);
    }

    private static Map<String, Object> product(String sku, String name, String category, int price, int stock, Map<String, Object> attributes,
            String description, List<String> tags) {
        return Map.of("sku", sku, "name", name, "category", category, "brand", "云雾", "price", price, "stock", stock, "attributes", attributes,
                "description", description, "tags", tags);
    }

    private static Map<String, Object> customer(String id) {
        return Map.of("id", id, "name", "顾客" + id.substring(0, 2), "phone", "13800000000", "email", id + "@example.com", "vip", false,
                "tags", List.of());
    }

    void put(String path, Object body) {
        ApiClient.Response response = api.put(path, ServiceTest.ADMIN, body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
