package io.kefu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import io.kefu.knowledge.KnowledgeBase;
import tools.jackson.databind.JsonNode;

/** The analytics summary (API §5) counts what happened in conversations, from their events. */
@ServiceTest
class InsightApiTests {

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledge;

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
        assertThat(knowledge.answer("仓库还招不招搬运工", "zh")).isEmpty();
        JsonNode handedOver = api.post("/api/v1/conversations", null, Map.of("language", "en")).json();
        say(handedOver, "I want to talk to a human");

        JsonNode summary = null;
        for (int i = 0; i < 100; i++) {
            summary = api.get("/api/v1/analytics/summary?from=" + since, ServiceTest.ADMIN).json();
            if (summary.get("conversations").asInt() >= 2 && summary.get("csatCount").asInt() >= 1
                    && summary.get("handoffReasons").has("customer_request") && summary.get("topIntents").size() >= 2
                    && !summary.get("avgBotResponseMillis").isNull() && summary.get("topUnanswered").toString().contains("搬运工")) {
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
        // understanding a message takes milliseconds: a zero would mean the time is taken after the answer, not from the arrival
        assertThat(summary.get("avgBotResponseMillis").asDouble()).isPositive();
        assertThat(summary.get("topUnanswered").findValuesAsString("example")).anyMatch(example -> example.contains("搬运工"));
        assertThat(summary.get("topUnanswered").get(0).get("count").asLong()).isPositive();

        String prometheus = api.get("/actuator/prometheus", ServiceTest.ADMIN).text();
        assertThat(prometheus).contains("kefu_turns_total", "kefu_handoffs_total{reason=\"customer_request\"}", "kefu_turn_latency_seconds_count",
                "kefu_proactive_messages_total{role=\"bot\"}");
        double latencySeconds = prometheus.lines().filter(line -> line.startsWith("kefu_turn_latency_seconds_sum"))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        assertThat(latencySeconds).isPositive();

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
    void humanConversationsAreReviewedWithEvidenceAndASupervisorCanDisputeAFinding() throws Exception {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString().replace("+", "%2B");
        String username = "qa-agent-" + store.suffix;
        String agent = hire(username, "AGENT");
        JsonNode chat = api.openAs(store.alice, Map.of("language", "zh")).json();
        String id = chat.get("id").asString();
        say(chat, "订单" + store.aliceShipped + "到哪了");
        say(chat, "转人工");
        assertThat(api.post("/api/v1/agent/status", agent, Map.of("status", "ONLINE")).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/agent/conversations/" + id + "/accept", agent, Map.of()).status()).isIn(200, 409);
        JsonNode wrongPrice = api.post("/api/v1/agent/conversations/" + id + "/messages", agent, Map.of("text", "这款手机现在是2899元")).json();
        assertThat(api.post("/api/v1/agent/conversations/" + id + "/messages", agent, Map.of("text", "收到货30天内都可以退货退款")).status())
            .isEqualTo(201);
        api.post("/api/v1/agent/status", agent, Map.of("status", "OFFLINE"));

        JsonNode review = review(since, username, id);
        JsonNode accuracy = review.get("findings").valueStream().filter(f -> "accuracy".equals(f.get("category").asString())).findFirst()
            .orElseThrow(() -> new AssertionError(review.toString()));
        assertThat(accuracy.get("messageId").asString()).isEqualTo(wrongPrice.get("id").asString());
        assertThat(accuracy.get("note").asString()).contains("2899", "2999");
        assertThat(review.get("findings").findValuesAsString("category")).contains("compliance");
        assertThat(review.get("categories").get("accuracy").asInt()).isLessThan(100);
        int before = review.get("score").asInt();

        ApiClient.Response disputed = api.post("/api/v1/analytics/quality/findings/" + accuracy.get("id").asString() + "/dispute",
                ServiceTest.ADMIN, Map.of("note", "价格当天调整过"));
        assertThat(disputed.status()).as(disputed.text()).isEqualTo(204);
        assertThat(api.post("/api/v1/analytics/quality/findings/x/dispute", ServiceTest.ADMIN, Map.of("note", " ")).status()).isEqualTo(400);
        JsonNode after = review(since, username, id);
        JsonNode shown = after.get("findings").valueStream().filter(f -> accuracy.get("id").asString().equals(f.get("id").asString())).findFirst()
            .orElseThrow();
        assertThat(shown.get("disputed").asBoolean()).isTrue();
        assertThat(shown.get("disputeNote").asString()).isEqualTo("价格当天调整过");
        assertThat(after.get("categories").get("accuracy").asInt()).isEqualTo(100);
        assertThat(after.get("score").asInt()).isGreaterThan(before);
    }

    private JsonNode review(String since, String agent, String conversationId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            ApiClient.Response response = api.get("/api/v1/analytics/quality?from=" + since + "&agent=" + agent, ServiceTest.ADMIN);
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            for (JsonNode review : response.json()) {
                if (conversationId.equals(review.get("conversationId").asString()) && review.get("findings").size() >= 2) {
                    return review;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no review of " + conversationId);
    }

    private String hire(String username, String role) {
        assertThat(api.put("/api/v1/agents", ServiceTest.ADMIN, java.util.List.of(Map.of("username", username, "password", "correct horse battery",
                "displayName", username, "role", role, "skills", java.util.List.of(), "languages", java.util.List.of("zh", "en"), "maxConcurrent", 3)))
            .status()).isEqualTo(200);
        return api.post("/api/v1/auth/login", null, Map.of("username", username, "password", "correct horse battery")).json().get("token")
            .asString();
    }

    @Test
    void agentsWithoutSupervisionGetNoInsight() {
        String agent = hire("insight-agent-" + store.suffix, "AGENT");
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
