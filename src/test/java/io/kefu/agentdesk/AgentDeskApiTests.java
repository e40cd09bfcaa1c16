package io.kefu.agentdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/** The agent desk end to end over real HTTP and WebSocket (API §3, §5). */
@ServiceTest
class AgentDeskApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    TestStore store;
    Desk desk;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
        desk = new Desk(api, store.suffix);
    }

    @AfterEach
    void offline() {
        desk.allOffline();
    }

    @Test
    void aCustomerGoesFromTheBotToAnAgentAndIsAskedForARating() throws Exception {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        desk.upsert(List.of(desk.agent("amy", "AGENT", List.of("logistics"), List.of("zh"), 100),
                desk.agent("ben", "AGENT", List.of("aftersales"), List.of("zh", "en"), 5),
                desk.agent("sue", "SUPERVISOR", List.of(), List.of("zh", "en"), 5)));

        // The customer asks about an order, then for a human: queued with a position at once.
        JsonNode conversation = api.openAs(store.alice, Map.of("language", "zh")).json();
        String id = conversation.get("id").asString();
        String customer = conversation.get("customerToken").asString();
        ApiClient.LiveFeed customerLive = api.live(id, customer);
        say(id, customer, "我的订单 " + store.aliceShipped + " 到哪了");
        JsonNode handover = say(id, customer, "转人工");
        assertThat(handover.get("state").get("mode").asString()).isEqualTo("queued");
        assertThat(handover.get("state").get("handoff").get("reason").asString()).isEqualTo("customer_request");
        assertThat(handover.get("state").get("handoff").get("queuePosition").asInt()).isPositive();
        assertThat(customerLive.next(f -> isState(f, "queued"))).isNotNull();

        // The agent logs in, sees it in the queue, goes online and gets it.
        String amy = desk.login("amy");
        ApiClient.LiveFeed amyLive = api.liveAt("/ws/agent?token=" + amy);
        JsonNode queue = api.get("/api/v1/agent/queue", amy).json();
        JsonNode entry = find(queue, id);
        assertThat(entry).as(queue.toString()).isNotNull();
        assertThat(entry.get("reason").asString()).isEqualTo("customer_request");
        assertThat(entry.get("priority").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(entry.get("waitingSeconds").asLong()).isNotNegative();
        assertThat(entry.get("summary").asString()).contains(store.aliceShipped);
        desk.status(amy, "ONLINE");
        ApiClient.Response accepted = api.post("/api/v1/agent/conversations/" + id + "/accept", amy, Map.of());
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(amyLive.next(f -> "assigned".equals(f.path("type").asString()) && id.equals(f.path("conversationId").asString())))
            .isNotNull();
        assertThat(customerLive.next(f -> isState(f, "agent"))).isNotNull();

        // The card: the order id, the emotion of every customer message, what the bot tried, the customer and orders.
        JsonNode card = accepted.json();
        assertThat(card.get("conversationId").asString()).isEqualTo(id);
        assertThat(card.get("entities").get("orderId").asString()).isEqualTo(store.aliceShipped);
        assertThat(card.get("intent").asString()).isIn("order_status", "logistics");
        assertThat(card.get("summary").asString()).contains(store.aliceShipped);
        assertThat(card.path("modelSummary").isNull() || card.path("modelSummary").isMissingNode()).as("no model, no AI summary").isTrue();
        assertThat(card.get("emotion").get("history")).hasSize(2);
        assertThat(card.get("emotion").get("history").get(0).get("messageId").asString()).isNotBlank();
        assertThat(card.get("botAttempts").size()).isGreaterThanOrEqualTo(1);
        assertThat(card.get("botAttempts").get(0).get("botReplied").asString()).contains("SF" + store.suffix);
        assertThat(card.get("customer").get("name").asString()).isEqualTo("王小丽");
        assertThat(card.get("customer").get("vip").asBoolean()).isTrue();
        assertThat(card.get("customer").get("phone").asString()).doesNotContain("13812345678");
        assertThat(card.get("orders").findValuesAsString("orderId")).contains(store.aliceShipped);
        assertThat(card.get("suggestedReplies").findValuesAsString("text")).anyMatch(text -> text.contains("SF" + store.suffix));
        assertThat(api.get("/api/v1/agent/conversations/" + id + "/card", amy).json().get("conversationId").asString()).isEqualTo(id);
        assertThat(find(api.get("/api/v1/agent/conversations", amy).json(), id)).isNotNull();

        // Agent and customer talk live.
        JsonNode hello = post(id, amy, Map.of("text", "您好，我是 Amy，正在为您查询订单。"));
        assertThat(hello.get("role").asString()).isEqualTo("agent");
        assertThat(hello.get("aiGenerated").asBoolean()).as("an agent's message is a person's").isFalse();
        JsonNode pushed = customerLive.next(f -> isMessage(f, "agent"));
        assertThat(pushed.get("message").get("text").asString()).contains("Amy");
        assertThat(pushed.get("message").get("aiGenerated").asBoolean()).isFalse();
        JsonNode waiting = say(id, customer, "好的，大概什么时候能到");
        assertThat(waiting.get("messages")).isEmpty();
        assertThat(waiting.get("state").get("mode").asString()).isEqualTo("agent");
        JsonNode forAmy = amyLive.next(f -> "message".equals(f.path("type").asString()) && id.equals(f.path("conversationId").asString()));
        assertThat(forAmy.get("message").get("text").asString()).contains("什么时候能到");
        assertThat(forAmy.get("message").get("aiGenerated").asBoolean()).as("the agent feed carries the label too").isFalse();

        // An internal note: the agents see it, the customer never does (REST, polling or live).
        post(id, amy, Map.of("text", "VIP 客户，注意语气", "internal", true));
        post(id, amy, Map.of("text", "预计明天送达。"));
        JsonNode nextForCustomer = customerLive.next(f -> isMessage(f, "agent"));
        assertThat(nextForCustomer.get("message").get("text").asString()).isEqualTo("预计明天送达。");
        assertThat(api.get("/api/v1/conversations/" + id, customer).text()).doesNotContain("注意语气");
        assertThat(api.get("/api/v1/conversations/" + id + "/messages", customer).text()).doesNotContain("注意语气");
        JsonNode staffView = api.get("/api/v1/conversations/" + id, amy).json();
        assertThat(staffView.get("messages").findValuesAsString("text")).contains("VIP 客户，注意语气");
        for (JsonNode message : staffView.get("messages")) {
            // the staff's transcript labels what the machine wrote (bot replies, the system's "agent joined") and nothing else
            boolean machine = List.of("bot", "system").contains(message.get("role").asString());
            assertThat(message.get("aiGenerated").asBoolean()).as(message.toString()).isEqualTo(machine);
        }
        assertThat(staffView.get("messages").findValuesAsString("role")).contains("bot", "system", "customer", "agent");

        // Transfer to a colleague: the card goes along; the first agent may no longer write.
        ApiClient.Response transferred = api.post("/api/v1/agent/conversations/" + id + "/transfer", amy, Map.of("toAgent", desk.name("ben")));
        assertThat(transferred.status()).as(transferred.text()).isEqualTo(200);
        assertThat(transferred.json().get("assignedAgent").asString()).isEqualTo(desk.name("ben"));
        assertThat(api.post("/api/v1/agent/conversations/" + id + "/messages", amy, Map.of("text", "还在")).status()).isEqualTo(403);
        String ben = desk.login("ben");
        JsonNode benCard = api.get("/api/v1/agent/conversations/" + id + "/card", ben).json();
        assertThat(benCard.get("entities").get("orderId").asString()).isEqualTo(store.aliceShipped);
        assertThat(find(api.get("/api/v1/agent/conversations", ben).json(), id)).isNotNull();
        assertThat(find(api.get("/api/v1/agent/conversations", amy).json(), id)).isNull();

        // Resolve: the customer is asked for a rating and rates.
        ApiClient.Response resolved = api.post("/api/v1/agent/conversations/" + id + "/resolve", ben, Map.of("tags", List.of("logistics", "delay")));
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        JsonNode candidates = api.get("/api/v1/knowledge/candidates", ServiceTest.ADMIN).json();
        assertThat(candidates.findValuesAsString("sourceConversationId")).as("the resolved exchange is proposed as an FAQ candidate").contains(id);
        JsonNode ask = customerLive.next(f -> isMessage(f, "system") && f.get("message").get("quickReplies").size() == 5);
        assertThat(ask).isNotNull();
        assertThat(ask.get("message").get("aiGenerated").asBoolean()).as("the system's rating request is labelled AI").isTrue();
        assertThat(customerLive.next(f -> isState(f, "closed"))).isNotNull();
        assertThat(api.post("/api/v1/conversations/" + id + "/rating", customer, Map.of("score", 5, "comment", "很好")).status()).isEqualTo(204);

        // Analytics counts it; the audit log has every action.
        String sue = desk.login("sue");
        JsonNode summary = awaitSummary(sue, since, s -> s.get("csatCount").asInt() >= 1 && !s.get("avgFirstAgentResponseSeconds").isNull());
        // Other tests share this database and may add to the window, so the figures are bounds.
        assertThat(summary.get("conversations").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.get("handoffRate").asDouble()).isPositive();
        assertThat(summary.get("containmentRate").asDouble()).isLessThan(1.0);
        assertThat(summary.get("handoffReasons").get("customer_request").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.get("csatAverage").asDouble()).isBetween(1.0, 5.0);
        assertThat(summary.get("avgFirstAgentResponseSeconds").asDouble()).isNotNegative();
        assertThat(api.get("/api/v1/analytics/summary", amy).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/analytics/summary", ServiceTest.ADMIN).status()).isEqualTo(200);
        List<String> actions = api.get("/api/v1/supervisor/audit?conversationId=" + id, sue).json().findValuesAsString("action");
        assertThat(actions).contains("message", "internal_note", "transfer", "view_card", "resolve").containsAnyOf("accept", "routed");
        amyLive.close();
        customerLive.close();
    }

    @Test
    void aSupervisorSeesLiveConversationsAndTakesOneOverFromTheBot() throws Exception {
        desk.upsert(List.of(desk.agent("sam", "SUPERVISOR", List.of(), List.of("zh"), 5),
                desk.agent("ann", "AGENT", List.of(), List.of("zh"), 5)));
        JsonNode conversation = api.openAs(store.bob, Map.of("language", "zh")).json();
        String id = conversation.get("id").asString();
        String customer = conversation.get("customerToken").asString();
        say(id, customer, "订单" + store.bobPaid + "状态");
        String sam = desk.login("sam");

        JsonNode row = find(api.get("/api/v1/supervisor/conversations", sam).json(), id);
        assertThat(row).isNotNull();
        assertThat(row.get("mode").asString()).isEqualTo("bot");
        assertThat(row.get("emotion").get("label").asString()).isNotBlank();
        assertThat(row.get("flags").get("botLoop").asBoolean()).isFalse();
        assertThat(row.get("waitingSeconds").asLong()).isZero();

        ApiClient.LiveFeed customerLive = api.live(id, customer);
        ApiClient.Response takeover = api.post("/api/v1/supervisor/conversations/" + id + "/takeover", sam, Map.of());
        assertThat(takeover.status()).as(takeover.text()).isEqualTo(200);
        assertThat(takeover.json().get("entities").get("orderId").asString()).isEqualTo(store.bobPaid);
        assertThat(customerLive.next(f -> isState(f, "agent"))).isNotNull();
        assertThat(find(api.get("/api/v1/supervisor/conversations", sam).json(), id).get("assignedAgent").asString()).isEqualTo(desk.name("sam"));

        // Canned responses curated by the supervisor show up for agents and among the suggestions.
        assertThat(api.put("/api/v1/supervisor/canned-responses", sam, List.of(Map.of("id", "greet-" + store.suffix, "title", "问候",
                "text", "您好，很高兴为您服务！" + store.suffix, "language", "zh")))
            .status()).isEqualTo(200);
        assertThat(api.put("/api/v1/supervisor/canned-responses", sam, List.of(Map.of("id", "x", "language", "fr"))).status()).isEqualTo(422);
        String ann0 = desk.login("ann");
        assertThat(api.get("/api/v1/agent/canned-responses?language=zh", ann0).text()).contains("很高兴为您服务！" + store.suffix);

        // Reassign to an agent, who may then answer; the supervisor's board follows.
        ApiClient.Response reassigned = api.post("/api/v1/supervisor/conversations/" + id + "/reassign", sam, Map.of("toAgent", desk.name("ann")));
        assertThat(reassigned.status()).as(reassigned.text()).isEqualTo(200);
        String ann = desk.login("ann");
        assertThat(api.post("/api/v1/agent/conversations/" + id + "/messages", ann, Map.of("text", "您好，我来帮您")).status()).isEqualTo(201);
        ApiClient.Response back = api.post("/api/v1/agent/conversations/" + id + "/resolve", ann, Map.of("returnToBot", true));
        assertThat(back.json().get("mode").asString()).isEqualTo("bot");
        assertThat(api.get("/api/v1/conversations/" + id, customer).json().get("mode").asString()).isEqualTo("bot");
        assertThat(say(id, customer, "订单" + store.bobPaid + "状态").get("messages")).isNotEmpty();
        customerLive.close();
    }

    @Test
    void rolesAndTokensAreEnforced() {
        desk.upsert(List.of(desk.agent("al", "AGENT", List.of("presales"), List.of("en"), 3)));
        String al = desk.login("al");
        JsonNode conversation = api.post("/api/v1/conversations", null, Map.of()).json();
        String customer = conversation.get("customerToken").asString();

        assertProblem(api.post("/api/v1/auth/login", null, Map.of("username", desk.name("al"), "password", "wrong password")), 401);
        assertProblem(api.post("/api/v1/auth/login", null, Map.of("username", "nobody-" + store.suffix, "password", "whatever1")), 401);
        assertProblem(api.get("/api/v1/agent/queue", null), 401);
        assertProblem(api.get("/api/v1/agent/queue", "agt_forged"), 401);
        assertProblem(api.get("/api/v1/agent/queue", customer), 403);
        assertProblem(api.get("/api/v1/supervisor/conversations", al), 403);
        assertProblem(api.get("/api/v1/analytics/summary", al), 403);
        assertProblem(api.put("/api/v1/agents", al, List.of()), 403);
        assertProblem(api.post("/api/v1/agent/status", ServiceTest.ADMIN, Map.of("status", "ONLINE")), 403);
        assertProblem(api.post("/api/v1/agent/status", al, Map.of("status", "BUSY")), 400);
        assertProblem(api.post("/api/v1/agent/conversations/" + conversation.get("id").asString() + "/accept", al, Map.of()), 404);
        assertProblem(api.put("/api/v1/agents", ServiceTest.ADMIN, List.of(Map.of("username", desk.name("x"), "password", "long enough",
                "role", "BOSS"))), 422);
        assertProblem(api.put("/api/v1/agents", ServiceTest.ADMIN, List.of(Map.of("username", desk.name("y")))), 422);
        assertThat(api.get("/api/v1/supervisor/conversations", ServiceTest.ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/agents", ServiceTest.ADMIN).text()).contains(desk.name("al")).doesNotContain("password");
        assertThat(api.post("/api/v1/agent/heartbeat", al, Map.of()).status()).isEqualTo(204);
    }

    @Test
    void vipsWaitLessAndWaitingCustomersSeeTheirPlaceMoveLive() throws Exception {
        desk.upsert(List.of(desk.agent("vic", "AGENT", List.of(), List.of("zh"), 5)));
        String vic = desk.login("vic");
        JsonNode regular = api.openAs(store.bob, Map.of("language", "zh")).json();
        String bob = regular.get("id").asString();
        ApiClient.LiveFeed bobLive = api.live(bob, regular.get("customerToken").asString());
        int bobPosition = say(bob, regular.get("customerToken").asString(), "转人工").get("state").get("handoff").get("queuePosition").asInt();

        JsonNode vip = api.openAs(store.alice, Map.of("language", "zh")).json();
        String alice = vip.get("id").asString();
        JsonNode aliceTurn = say(alice, vip.get("customerToken").asString(), "转人工");
        assertThat(aliceTurn.get("state").get("handoff").get("priority").asInt()).isEqualTo(2);
        assertThat(aliceTurn.get("state").get("handoff").get("queuePosition").asInt()).isLessThanOrEqualTo(bobPosition);

        List<String> order = api.get("/api/v1/agent/queue", vic).json().findValuesAsString("conversationId");
        assertThat(order.indexOf(alice)).isNotNegative().isLessThan(order.indexOf(bob));
        assertThat(bobLive.next(f -> isState(f, "queued") && f.get("state").get("handoff").get("queuePosition").asInt() == bobPosition + 1))
            .as("the VIP went ahead of the waiting customer").isNotNull();

        assertThat(api.post("/api/v1/agent/conversations/" + alice + "/accept", vic, Map.of()).status()).isEqualTo(200);
        assertThat(bobLive.next(f -> isState(f, "queued") && f.get("state").get("handoff").get("queuePosition").asInt() == bobPosition))
            .as("the waiting customer moved up").isNotNull();
        assertThat(api.post("/api/v1/agent/conversations/" + bob + "/accept", vic, Map.of()).status()).isEqualTo(200);
        bobLive.close();
    }

    @Test
    void routingOffersAConversationToAFreeAgentWithTheSkillItNeeds() throws Exception {
        desk.upsert(List.of(desk.agent("lou", "AGENT", List.of("logistics"), List.of("zh"), 100),
                desk.agent("ada", "AGENT", List.of("aftersales"), List.of("zh"), 100)));
        String lou = desk.login("lou");
        String ada = desk.login("ada");
        ApiClient.LiveFeed louLive = api.liveAt("/ws/agent?token=" + lou);
        desk.status(lou, "ONLINE");
        desk.status(ada, "ONLINE");
        JsonNode conversation = api.openAs(store.alice, Map.of("language", "zh")).json();
        String id = conversation.get("id").asString();
        String customer = conversation.get("customerToken").asString();
        say(id, customer, "我的订单 " + store.aliceShipped + " 到哪了");
        say(id, customer, "转人工");

        assertThat(louLive.next(f -> "assigned".equals(f.path("type").asString()) && id.equals(f.path("conversationId").asString())))
            .as("offered to the logistics agent").isNotNull();
        assertThat(find(api.get("/api/v1/agent/conversations", lou).json(), id)).isNotNull();
        assertThat(find(api.get("/api/v1/agent/conversations", ada).json(), id)).isNull();
        assertThat(api.get("/api/v1/conversations/" + id, customer).json().get("mode").asString()).isEqualTo("agent");
        assertThat(api.post("/api/v1/agent/conversations/" + id + "/accept", ada, Map.of()).status()).isEqualTo(409);
        louLive.close();
    }

    @Test
    void aThreatWrittenWhileWaitingMovesTheCustomerUpTheQueueWithTheReasonTheAgentSees() {
        desk.upsert(List.of(desk.agent("sue", "SUPERVISOR", List.of(), List.of("zh", "en"), 5)));
        JsonNode conversation = api.openAs(store.alice, Map.of("language", "zh")).json();
        String id = conversation.get("id").asString();
        String customer = conversation.get("customerToken").asString();
        JsonNode handover = say(id, customer, "转人工");
        assertThat(handover.get("state").get("handoff").get("reason").asString()).isEqualTo("customer_request");
        int asked = handover.get("state").get("handoff").get("priority").asInt();

        JsonNode waiting = say(id, customer, "等这么久还没人理 再不给我处理我就去12315投诉你们");

        assertThat(waiting.get("state").get("mode").asString()).isEqualTo("queued");
        assertThat(waiting.get("state").get("handoff").get("reason").asString()).isEqualTo("high_risk");
        assertThat(waiting.get("state").get("handoff").get("priority").asInt()).isGreaterThan(asked);
        JsonNode entry = find(api.get("/api/v1/agent/queue", desk.login("sue")).json(), id);
        assertThat(entry).isNotNull();
        assertThat(entry.get("reason").asString()).isEqualTo("high_risk");
        assertThat(entry.get("priority").asInt()).isGreaterThan(asked);
    }

    @Test
    void theGeneratedOpenApiDocumentHasTheAgentDeskContract() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");
        assertThat(List.of("/api/v1/agents", "/api/v1/auth/login", "/api/v1/agent/status", "/api/v1/agent/queue",
                "/api/v1/agent/conversations", "/api/v1/agent/conversations/{id}/accept", "/api/v1/agent/conversations/{id}/card",
                "/api/v1/agent/conversations/{id}/messages", "/api/v1/agent/conversations/{id}/transfer",
                "/api/v1/agent/conversations/{id}/resolve", "/api/v1/supervisor/conversations",
                "/api/v1/supervisor/conversations/{id}/takeover", "/api/v1/analytics/summary"))
            .allSatisfy(path -> assertThat(paths.has(path)).as(path).isTrue());
    }

    private JsonNode awaitSummary(String token, String since, java.util.function.Predicate<JsonNode> ready) throws InterruptedException {
        JsonNode summary = null;
        for (int i = 0; i < 100; i++) {
            ApiClient.Response response = api.get("/api/v1/analytics/summary?from=" + since.replace("+", "%2B"), token);
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            summary = response.json();
            if (ready.test(summary)) {
                return summary;
            }
            Thread.sleep(100);
        }
        return summary;
    }

    private JsonNode say(String id, String token, String text) {
        ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private JsonNode post(String id, String agentToken, Map<String, Object> body) {
        ApiClient.Response response = api.post("/api/v1/agent/conversations/" + id + "/messages", agentToken, body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    static JsonNode find(JsonNode rows, String conversationId) {
        List<JsonNode> found = new ArrayList<>();
        rows.forEach(row -> {
            if (conversationId.equals(row.path("conversationId").asString())) {
                found.add(row);
            }
        });
        return found.isEmpty() ? null : found.getFirst();
    }

    static boolean isState(JsonNode frame, String mode) {
        return "state".equals(frame.path("type").asString()) && mode.equals(frame.path("state").path("mode").asString());
    }

    static boolean isMessage(JsonNode frame, String role) {
        return "message".equals(frame.path("type").asString()) && role.equals(frame.path("message").path("role").asString());
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
