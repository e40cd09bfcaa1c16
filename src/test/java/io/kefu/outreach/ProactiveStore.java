package io.kefu.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * A stationery shop of its own for the proactive rules' tests, imported through the API: its
 * customers and orders are made by each test at the times it needs, with ids unique to the test.
 */
public final class ProactiveStore {

    public final String suffix = Long.toString(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 89_999_999L) + 10_000_000L);
    public final String notebook = "NB-" + suffix;
    public final String notebookName = "方格笔记本 A5";

    private final ApiClient api;
    private int customers;
    private int orders;

    public ProactiveStore(ApiClient api) {
        this.api = api;
    }

    public ProactiveStore imported() {
        put("/api/v1/settings", Map.of("storeName", "晨光文具", "currency", "CNY", "defaultLanguage", "zh",
                "businessHours", Map.of("open", "09:00", "close", "21:00", "timezone", "Asia/Shanghai")));
        put("/api/v1/catalog/products", List.of(Map.of("sku", notebook, "name", notebookName, "category", "本册", "brand", "晨光", "price", 12.5,
                "stock", 300, "attributes", Map.of("pages", 80), "description", "80 页方格内页", "tags", List.of())));
        return this;
    }

    /** A new customer of this store; returns the id. */
    public String customer() {
        String id = "shopper-" + suffix + "-" + (++customers);
        put("/api/v1/customers", List.of(Map.of("id", id, "name", "顾客" + customers, "phone", "1390000" + String.format("%04d", customers),
                "email", id + "@example.com", "vip", false, "tags", List.of())));
        return id;
    }

    /** An order of two notebooks (25 in total) awaiting payment since {@code createdAt}; returns its id. */
    public String unpaidOrder(String customerId, OffsetDateTime createdAt) {
        String id = nextOrderId();
        put("/api/v1/orders", List.of(order(id, customerId, "PENDING_PAYMENT", createdAt)));
        return id;
    }

    /** The order is paid at {@code paidAt}. */
    public void paid(String orderId, String customerId, OffsetDateTime createdAt, OffsetDateTime paidAt) {
        Map<String, Object> order = order(orderId, customerId, "PAID", createdAt);
        order.put("paidAt", paidAt.toString());
        put("/api/v1/orders", List.of(order));
    }

    /** A shipped order whose tracking's newest events are at {@code eventTimes} (the last one the newest); returns its id. */
    public String shippedOrder(String customerId, OffsetDateTime... eventTimes) {
        String id = nextOrderId();
        shipped(id, customerId, eventTimes);
        return id;
    }

    /** Replaces the order's tracking with events at these times (a new event arrived). */
    public void shipped(String orderId, String customerId, OffsetDateTime... eventTimes) {
        OffsetDateTime shippedAt = eventTimes[0];
        Map<String, Object> order = order(orderId, customerId, "SHIPPED", shippedAt.minusDays(1));
        order.put("paidAt", shippedAt.minusDays(1).toString());
        order.put("shippedAt", shippedAt.toString());
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < eventTimes.length; i++) {
            events.add(Map.of("time", eventTimes[i].toString(), "location", i == 0 ? "义乌" : "杭州转运中心" + i,
                    "description", i == 0 ? "已揽收" : "运输中，发往下一站"));
        }
        order.put("shipment", Map.of("carrier", "中通快递", "trackingNo", "ZT" + orderId, "events", events));
        put("/api/v1/orders", List.of(order));
    }

    /** Every message the customer was written unprompted by a rule, across their conversations, oldest first. */
    public List<JsonNode> proactiveMessages(String customerId) {
        ApiClient.Response export = api.get("/api/v1/customers/" + customerId + "/export", ServiceTest.ADMIN);
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode conversation : export.json().path("conversations")) {
            for (JsonNode message : conversation.path("messages")) {
                if (message.path("sources").findValuesAsString("type").contains("proactive")) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    private Map<String, Object> order(String id, String customerId, String status, OffsetDateTime createdAt) {
        return new HashMap<>(Map.of("orderId", id, "customerId", customerId, "status", status,
                "items", List.of(Map.of("sku", notebook, "quantity", 2, "unitPrice", 12.5)), "total", 25,
                "createdAt", createdAt.toString(), "address", "浙江省杭州市西湖区文三路 1 号"));
    }

    private String nextOrderId() {
        return "CG" + suffix + (++orders);
    }

    private void put(String path, Object body) {
        ApiClient.Response response = api.put(path, ServiceTest.ADMIN, body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
