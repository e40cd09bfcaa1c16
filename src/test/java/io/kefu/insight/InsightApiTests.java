package io.kefu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/** The analytics summary (API §5) counts what happened in conversations, from their events. */
@ServiceTest
class InsightApiTests {

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
    void containmentHandoffsIntentsEmotionsAndRatingsAreCounted() throws Exception {
        String since = OffsetDateTime.now(ZoneOffset.UTC).toString().replace("+", "%2B");
        JsonNode contained = api.openAs(store.bob, Map.of("language", "zh")).json();
        say(contained, "订单" + store.bobPaid + "状态");
        assertThat(api.post("/api/v1/conversations/" + contained.get("id").asString() + "/rating", contained.get("customerToken").asString(),
                Map.of("score", 4)).status()).isEqualTo(204);
        JsonNode handedOver = api.post("/api/v1/conversations", null, Map.of("language", "en")).json();
        say(handedOver, "I want to talk to a human");

        JsonNode summary = null;
        for (int i = 0; i < 100; i++) {
            summary = api.get("/api/v1/analytics/summary?from=" + since, ServiceTest.ADMIN).json();
            if (summary.get("conversations").asInt() >= 2 && summary.get("csatCount").asInt() >= 1
                    && summary.get("handoffReasons").has("customer_request") && summary.get("topIntents").size() >= 2) {
                break;
            }
            Thread.sleep(100);
        }
        // Other tests share the database, and their last events may fall into this window: bounds, not exact figures.
        assertThat(summary.get("conversations").asInt()).as(summary.toString()).isGreaterThanOrEqualTo(2);
        assertThat(summary.get("containmentRate").asDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(summary.get("handoffRate").asDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(summary.get("handoffReasons").get("customer_request").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.get("csatAverage").asDouble()).isBetween(1.0, 5.0);
        assertThat(summary.get("csatCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.get("messages").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(summary.get("topIntents").findValuesAsString("intent")).contains("human_agent");
        assertThat(summary.get("emotionDistribution").size()).isPositive();

        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString().replace("+", "%2B");
        assertThat(api.get("/api/v1/analytics/summary?from=" + future + "&to=" + future, ServiceTest.ADMIN).status())
            .isEqualTo(400);
        assertThat(api.get("/api/v1/analytics/summary?from=yesterday", ServiceTest.ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/analytics/summary", contained.get("customerToken").asString()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/analytics/summary", null).status()).isEqualTo(401);
    }

    private void say(JsonNode conversation, String text) {
        ApiClient.Response response = api.post("/api/v1/conversations/" + conversation.get("id").asString() + "/messages",
                conversation.get("customerToken").asString(), Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
