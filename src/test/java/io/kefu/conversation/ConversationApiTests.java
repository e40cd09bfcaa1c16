package io.kefu.conversation;

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

/** A customer's conversation end to end over real HTTP and WebSocket (API §2). */
@ServiceTest
class ConversationApiTests {

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
    void aConversationFromGreetingToRatingAndClose() throws Exception {
        ApiClient.Response created = api.openAs(store.alice, Map.of("language", "zh", "channel", "web"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode conversation = created.json();
        String id = conversation.get("id").asString();
        String token = conversation.get("customerToken").asString();
        assertThat(conversation.get("mode").asString()).isEqualTo("bot");
        String greeting = conversation.get("messages").get(0).get("text").asString();
        assertThat(greeting).contains("AI").contains("人工");
        assertThat(conversation.get("messages").get(0).get("aiGenerated").asBoolean()).as("the greeting is labelled AI").isTrue();

        ApiClient.LiveFeed live = api.live(id, token);
        JsonNode turn = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "我的订单 " + store.aliceShipped + " 到哪了")).json();
        assertThat(turn.get("analysis").get("language").asString()).isEqualTo("zh");
        assertThat(turn.get("analysis").get("entities").get("orderId").asString()).isEqualTo(store.aliceShipped);
        assertThat(turn.get("analysis").get("emotion").get("label").asString()).isNotBlank();
        assertThat(turn.get("state").get("mode").asString()).isEqualTo("bot");
        assertThat(turn.get("state").has("handoff")).isTrue();
        JsonNode reply = turn.get("messages").get(0);
        assertThat(reply.get("role").asString()).isEqualTo("bot");
        assertThat(reply.get("aiGenerated").asBoolean()).as("a bot reply in the turn result is labelled AI").isTrue();
        assertThat(reply.get("text").asString()).contains("SF" + store.suffix).contains("运输中");
        assertThat(reply.get("sources").get(0).get("type").asString()).isEqualTo("order");
        assertThat(reply.get("cards").get(0).get("type").asString()).isEqualTo("order");

        JsonNode pushedCustomer = live.next("message");
        JsonNode pushedReply = live.next("message");
        assertThat(pushedCustomer.get("message").get("role").asString()).isEqualTo("customer");
        assertThat(pushedReply.get("message").get("id").asString()).isEqualTo(reply.get("id").asString());
        assertThat(pushedCustomer.get("message").get("aiGenerated").isBoolean()).isTrue();
        assertThat(pushedCustomer.get("message").get("aiGenerated").asBoolean()).as("live: the customer's own words are no AI's").isFalse();
        assertThat(pushedReply.get("message").get("aiGenerated").asBoolean()).as("live: the bot's reply is labelled AI").isTrue();

        JsonNode all = api.get("/api/v1/conversations/" + id, token).json();
        assertThat(all.get("customerId").asString()).isEqualTo(store.alice);
        assertThat(all.get("messages")).hasSize(3);
        assertThat(all.get("messages").findValues("aiGenerated")).extracting(JsonNode::asBoolean).containsExactly(true, false, true);
        assertThat(all.get("rating").isNull()).as("not rated yet: " + all.get("rating")).isTrue();
        String customerMessageId = all.get("messages").get(1).get("id").asString();
        JsonNode after = api.get("/api/v1/conversations/" + id + "/messages?after=" + customerMessageId, token).json();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("id").asString()).isEqualTo(reply.get("id").asString());
        assertThat(after.get(0).get("aiGenerated").asBoolean()).as("a page of the transcript carries the label").isTrue();
        assertThat(api.get("/api/v1/conversations/" + id + "/messages", token).json().findValues("aiGenerated"))
            .extracting(JsonNode::asBoolean).containsExactly(true, false, true);

        assertThat(api.post("/api/v1/conversations/" + id + "/rating", token, Map.of("score", 5, "comment", "很快")).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/conversations/" + id, token).json().get("rating").get("score").asInt()).isEqualTo(5);
        assertThat(api.post("/api/v1/conversations/" + id + "/close", token, Map.of()).status()).isEqualTo(204);
        assertThat(live.next("state").get("state").get("mode").asString()).isEqualTo("closed");
        assertThat(api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "还在吗")).status()).isEqualTo(409);
        live.close();
    }

    @Test
    void aRequestForAHumanIsHonouredOnTheFirstAskAndPushedLive() throws Exception {
        JsonNode conversation = api.post("/api/v1/conversations", null, Map.of("language", "en")).json();
        String id = conversation.get("id").asString();
        String token = conversation.get("customerToken").asString();
        ApiClient.LiveFeed live = api.live(id, token);

        JsonNode turn = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "I want to talk to a human")).json();

        assertThat(turn.get("analysis").get("intent").asString()).isEqualTo("human_agent");
        JsonNode state = turn.get("state");
        assertThat(state.get("mode").asString()).isEqualTo("queued");
        assertThat(state.get("handoff").get("reason").asString()).isEqualTo("customer_request");
        assertThat(state.get("handoff").get("queuePosition").asInt()).isPositive();
        assertThat(state.get("handoff").get("estimatedWaitSeconds").asLong()).isPositive();
        assertThat(turn.get("messages").get(0).get("text").asString()).containsIgnoringCase("queue");
        assertThat(live.next("state").get("state").get("mode").asString()).isEqualTo("queued");

        JsonNode waiting = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "hello?")).json();
        assertThat(waiting.get("messages")).isEmpty();
        assertThat(waiting.get("state").get("mode").asString()).isEqualTo("queued");
        live.close();
    }

    @Test
    void storeChangesAreSeenByTheVeryNextMessage() {
        JsonNode conversation = api.openAs(store.bob, Map.of()).json();
        String id = conversation.get("id").asString();
        String token = conversation.get("customerToken").asString();
        String before = say(id, token, "订单" + store.bobPaid + "状态");
        assertThat(before).contains("已付款");

        store.put("/api/v1/orders", List.of(store.order(store.bobPaid, store.bob, "CANCELLED", java.time.OffsetDateTime.now())));

        assertThat(say(id, token, "那订单" + store.bobPaid + "现在什么状态")).contains("已取消");
    }

    @Test
    void customersSeeOnlyTheirOwnOrders() {
        JsonNode conversation = api.openAs(store.bob, Map.of()).json();
        String reply = say(conversation.get("id").asString(), conversation.get("customerToken").asString(), "订单" + store.aliceShipped + "到哪了");
        assertThat(reply).doesNotContain("SF" + store.suffix).doesNotContain("运输中");
    }

    @Test
    void badInputIsRejectedWithProblemDetails() {
        JsonNode conversation = api.post("/api/v1/conversations", null, Map.of()).json();
        String id = conversation.get("id").asString();
        String token = conversation.get("customerToken").asString();
        String path = "/api/v1/conversations/" + id + "/messages";

        assertProblem(api.post(path, token, Map.of("text", "")), 400);
        assertProblem(api.post(path, token, Map.of("text", "   ")), 400);
        assertProblem(api.post(path, token, Map.of()), 400);
        assertProblem(api.post(path, token, Map.of("text", "好".repeat(2001))), 400);
        assertThat(api.post(path, token, Map.of("text", "好".repeat(2000))).status()).isEqualTo(200);
        assertProblem(api.postRaw(path, token, "{\"text\": "), 400);
        assertProblem(api.post(path, "cus_wrong", Map.of("text", "hi")), 401);
        assertProblem(api.post(path, null, Map.of("text", "hi")), 401);
        assertProblem(api.post("/api/v1/conversations/" + id + "/rating", token, Map.of("score", 6)), 400);
        assertProblem(api.get("/api/v1/conversations/" + id + "/messages?after=nope", token), 404);
        assertProblem(api.openAs("nobody-" + store.suffix, Map.of()), 404);
        assertProblem(api.post("/api/v1/conversations", null, Map.of("language", "fr")), 400);
        assertProblem(api.postRaw(path, token, "{\"text\":\"" + "x".repeat(70_000) + "\"}"), 413);
    }

    @Test
    void aCustomerTokenOpensOnlyItsOwnConversation() {
        JsonNode mine = api.post("/api/v1/conversations", null, Map.of()).json();
        JsonNode theirs = api.post("/api/v1/conversations", null, Map.of()).json();
        String token = mine.get("customerToken").asString();
        String other = "/api/v1/conversations/" + theirs.get("id").asString();

        assertProblem(api.get(other, token), 403);
        assertProblem(api.post(other + "/messages", token, Map.of("text", "hi")), 403);
        assertProblem(api.post(other + "/close", token, Map.of()), 403);
        assertThat(api.get(other, ServiceTest.ADMIN).status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/conversations/does-not-exist", ServiceTest.ADMIN), 404);
    }

    private String say(String id, String token, String text) {
        ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("messages").get(0).get("text").asString();
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("at io.kefu");
    }
}
