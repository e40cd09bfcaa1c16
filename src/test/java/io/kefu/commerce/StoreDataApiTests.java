package io.kefu.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

@ServiceTest
class StoreDataApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    TestStore store;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
    }

    @Test
    void importsAndListsEveryKindOfStoreData() {
        ApiClient.Response upserted = api.put("/api/v1/promotions", ServiceTest.ADMIN, List.of(Map.of("id", "P-" + store.suffix,
                "title", "双12手机95折", "startsAt", "2026-12-01T00:00:00+08:00", "endsAt", "2026-12-13T00:00:00+08:00",
                "categories", List.of("手机"), "type", "DISCOUNT", "value", 0.95)));
        assertThat(upserted.status()).isEqualTo(200);
        assertThat(upserted.json().get("upserted").asInt()).isEqualTo(1);

        ApiClient.Response orders = api.get("/api/v1/orders?page=0&size=500", ServiceTest.ADMIN);
        assertThat(orders.status()).isEqualTo(200);
        assertThat(Long.parseLong(orders.header("X-Total-Count"))).isGreaterThanOrEqualTo(2);
        JsonNode shipped = find(orders.json(), "orderId", store.aliceShipped);
        assertThat(shipped.get("shipment").get("events")).hasSize(2);
        assertThat(shipped.get("createdAt").asString()).endsWith("+08:00");

        ApiClient.Response page = api.get("/api/v1/customers?page=0&size=1", ServiceTest.ADMIN);
        assertThat(page.json()).hasSize(1);
        assertThat(api.get("/api/v1/catalog/products?size=500", ServiceTest.ADMIN).text()).contains(store.phoneSku);
        assertThat(api.get("/api/v1/promotions?size=500", ServiceTest.ADMIN).text()).contains("P-" + store.suffix);
    }

    @Test
    void anInvalidRecordRejectsTheWholeBatchWithItsFieldPath() {
        String good = "OK-" + store.suffix;
        String alsoGood = "OK2-" + store.suffix;
        ApiClient.Response response = api.put("/api/v1/catalog/products", ServiceTest.ADMIN, List.of(
                Map.of("sku", good, "name", "好商品", "price", 10),
                Map.of("sku", alsoGood, "name", "另一件", "price", 20),
                Map.of("sku", "BAD-" + store.suffix, "name", "坏商品", "price", -5)));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("[2].price");
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(api.get("/api/v1/catalog/products?size=500", ServiceTest.ADMIN).text()).doesNotContain(good).doesNotContain(alsoGood);
    }

    @Test
    void reportsEveryInvalidFieldOfNestedRecords() {
        ApiClient.Response response = api.put("/api/v1/orders", ServiceTest.ADMIN, List.of(Map.of("orderId", "X-" + store.suffix,
                "customerId", store.alice, "status", "PAID", "items", List.of(Map.of("sku", "", "quantity", 0, "unitPrice", 1)),
                "total", 1, "createdAt", "2026-11-20T08:00:00+08:00")));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("[0].items[0].sku", "[0].items[0].quantity");
    }

    @Test
    void aFieldOfTheWrongTypeIsAnInvalidRecordToo() {
        ApiClient.Response response = api.putRaw("/api/v1/catalog/products", ServiceTest.ADMIN,
                "[{\"sku\":\"A\",\"name\":\"a\",\"price\":1},{\"sku\":\"B\",\"name\":\"b\",\"price\":\"cheap\"}]");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].price");
        ApiClient.Response status = api.putRaw("/api/v1/orders", ServiceTest.ADMIN, "[{\"orderId\":\"Z\",\"status\":\"LOST\"}]");
        assertThat(status.status()).isEqualTo(422);
        assertThat(status.json().get("errors").get(0).get("field").asString()).isEqualTo("[0].status");
    }

    @Test
    void malformedJsonIsABadRequest() {
        ApiClient.Response response = api.putRaw("/api/v1/customers", ServiceTest.ADMIN, "[{\"id\": \"x\",");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("JSON");
        assertThat(response.text()).doesNotContain("at io.kefu").doesNotContain("Exception");
    }

    @Test
    void duplicateIdsInOneBatchAreRejected() {
        ApiClient.Response response = api.put("/api/v1/customers", ServiceTest.ADMIN, List.of(Map.of("id", "dup-" + store.suffix),
                Map.of("id", "dup-" + store.suffix)));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("[1]");
    }

    @Test
    void settingsArePartialUpdatesOverDefaults() {
        assertThat(api.put("/api/v1/settings", ServiceTest.ADMIN, Map.of("returnWindowDays", 10)).json().get("upserted").asInt()).isEqualTo(1);
        JsonNode settings = api.get("/api/v1/settings", ServiceTest.ADMIN).json();
        assertThat(settings.get("returnWindowDays").asInt()).isEqualTo(10);
        assertThat(settings.get("exchangeWindowDays").asInt()).isEqualTo(15);
        assertThat(settings.get("businessHours").get("timezone").asString()).isEqualTo("Asia/Shanghai");

        ApiClient.Response bad = api.put("/api/v1/settings", ServiceTest.ADMIN, Map.of("businessHours", Map.of("open", "9am", "timezone", "Mars/Base")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("businessHours.open", "businessHours.timezone");
        api.put("/api/v1/settings", ServiceTest.ADMIN, Map.of("returnWindowDays", 7));
    }

    @Test
    void storeDataNeedsTheAdminToken() {
        assertThat(api.get("/api/v1/orders", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/orders", "not-a-token").status()).isEqualTo(401);
        String customerToken = api.post("/api/v1/conversations", null, Map.of()).json().get("customerToken").asString();
        ApiClient.Response forbidden = api.get("/api/v1/orders", customerToken);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void pagingParametersAreValidated() {
        assertThat(api.get("/api/v1/orders?size=0", ServiceTest.ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/orders?page=-1", ServiceTest.ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/orders?page=abc", ServiceTest.ADMIN).status()).isEqualTo(400);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("No record with " + field + "=" + value);
    }
}
