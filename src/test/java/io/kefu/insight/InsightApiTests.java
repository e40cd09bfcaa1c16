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

    @Test
    void complaintTopicsDisputeRiskAndPredictedSatisfactionComeFromTheTranscripts() throws Exception {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString().replace("+", "%2B");
        JsonNode angry = api.openAs(store.alice, Map.of("language", "zh")).json();
        String complaint = "订单" + store.aliceShipped + "到现在还没收到，太气人了，你们怎么回事！";
        say(angry, complaint);
        say(angry, "我已经问了好几次了，再不解决我就投诉你们！");

        JsonNode risky = null;
        for (int i = 0; i < 100 && risky == null; i++) {
            for (JsonNode entry : api.get("/api/v1/analytics/at-risk", ServiceTest.ADMIN).json()) {
                if (angry.get("id").asString().equals(entry.path("conversationId").asString())) {
                    risky = entry;
                }
            }
            Thread.sleep(100);
        }
        assertThat(risky).as("the angry VIP's open conversation is at risk").isNotNull();
        assertThat(risky.get("score").asDouble()).isStrictlyBetween(0.0, 1.0);
        assertThat(risky.get("customerId").asString()).isEqualTo(store.alice);
        assertThat(risky.get("orderId").asString()).isEqualTo(store.aliceShipped);
        assertThat(risky.get("reasons").valueStream().map(JsonNode::asString).toList()).contains("vip", "negative_emotion");

        JsonNode topics = api.get("/api/v1/analytics/topics?from=" + since, ServiceTest.ADMIN).json();
        JsonNode ours = topics.valueStream().filter(t -> t.get("examples").valueStream().anyMatch(e -> e.asString().contains(store.aliceShipped)))
            .findFirst().orElseThrow(() -> new AssertionError(topics.toString()));
        assertThat(ours.get("label").asString()).isNotBlank();
        assertThat(ours.get("count").asInt()).isPositive();
        assertThat(ours.has("previousCount") && ours.has("spike")).isTrue();
        assertThat(ours.get("skus").valueStream().map(JsonNode::asString).toList()).contains(store.phoneSku);
        assertThat(ours.get("carriers").valueStream().map(JsonNode::asString).toList()).contains("顺丰速运");

        JsonNode summary = api.get("/api/v1/analytics/summary?from=" + since, ServiceTest.ADMIN).json();
        assertThat(summary.get("complaintTopics").size()).isPositive();
        assertThat(summary.get("durableContainmentRate").asDouble()).isBetween(0.0, summary.get("containmentRate").asDouble());
        assertThat(summary.get("predictedCsatAverage").asDouble()).isBetween(1.0, 5.0);
        JsonNode predicted = api.get("/api/v1/analytics/satisfaction?from=" + since, ServiceTest.ADMIN).json().valueStream()
            .filter(p -> angry.get("id").asString().equals(p.get("conversationId").asString())).findFirst().orElseThrow();
        assertThat(predicted.get("predicted").asDouble()).as("an angry customer is not predicted happy").isLessThan(3.0);
    }

    @Test
    void agentsWithoutSupervisionGetNoInsight() {
        String username = "insight-agent-" + store.suffix;
        assertThat(api.put("/api/v1/agents", ServiceTest.ADMIN, java.util.List.of(Map.of("username", username, "password", "correct horse battery",
                "displayName", "Ian", "role", "AGENT", "skills", java.util.List.of(), "languages", java.util.List.of("zh"), "maxConcurrent", 1)))
            .status()).isEqualTo(200);
        String agent = api.post("/api/v1/auth/login", null, Map.of("username", username, "password", "correct horse battery")).json().get("token")
            .asString();
        for (String path : java.util.List.of("/api/v1/analytics/summary", "/api/v1/analytics/topics", "/api/v1/analytics/at-risk",
                "/api/v1/analytics/satisfaction", "/api/v1/analytics/quality")) {
            assertThat(api.get(path, agent).status()).as(path).isEqualTo(403);
        }
        assertThat(api.post("/api/v1/analytics/quality/findings/any/dispute", agent, Map.of("note", "no")).status()).isEqualTo(403);
        api.post("/api/v1/agent/status", agent, Map.of("status", "OFFLINE"));
    }

    private void say(JsonNode conversation, String text) {
        ApiClient.Response response = api.post("/api/v1/conversations/" + conversation.get("id").asString() + "/messages",
                conversation.get("customerToken").asString(), Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
