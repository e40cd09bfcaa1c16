package io.kefu.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.kefu.ApiClient;
import io.kefu.MovableClock;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/**
 * AI transparency (issue 19): the disclosure repeated after a long pause, the shopper's switch for
 * personalised recommendations with the reasons shown, and no score that turns a shopper away.
 * Conversation time comes from a clock the test moves.
 */
@ServiceTest
@Import(MovableClock.Configuration.class)
class AiTransparencyApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    Consents consents;

    ApiClient api;
    TestStore store;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
    }

    @Test
    void theFirstBotMessageAfterTwoHoursOfSilenceDisclosesTheAssistantAgainAndNoneSooner() {
        JsonNode opened = api.openAs(store.alice, Map.of("language", "zh")).json();
        String id = opened.get("id").asString();
        String token = opened.get("customerToken").asString();
        // a different question each time: asking the same thing again would rightly bring a human instead
        assertThat(firstReply(id, token, "我的订单 " + store.aliceShipped + " 到哪了")).doesNotContain("您正在与 AI 助手对话");
        clock.advance(Duration.ofHours(2).minusMinutes(1));
        assertThat(firstReply(id, token, "推荐一款手机")).as("a pause under two hours").doesNotContain("您正在与 AI 助手对话");

        clock.advance(Duration.ofHours(2));
        JsonNode turn = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "现在有什么优惠活动吗")).json();
        JsonNode first = turn.get("messages").get(0);
        assertThat(first.get("text").asString()).startsWith("您正在与 AI 助手对话").contains("人工");
        assertThat(first.get("aiGenerated").asBoolean()).isTrue();
        assertThat(turn.get("messages").size() == 1 || !turn.get("messages").get(1).get("text").asString().contains("您正在与 AI 助手对话"))
            .as("only the first message of the turn carries it").isTrue();
        assertThat(firstReply(id, token, "好的谢谢")).as("right after, not again").doesNotContain("您正在与 AI 助手对话");

        JsonNode english = api.post("/api/v1/conversations", null, Map.of("language", "en")).json();
        clock.advance(Duration.ofHours(3));
        assertThat(firstReply(english.get("id").asString(), english.get("customerToken").asString(), "where is my order"))
            .startsWith("You are chatting with an AI assistant");
    }

    @Test
    void aShopperTurnsPersonalisedRecommendationsOffAndTheNextRecommendationSaysSo() {
        JsonNode opened = api.openAs(store.alice, Map.of("language", "zh")).json();
        String id = opened.get("id").asString();
        String token = opened.get("customerToken").asString();
        String path = "/api/v1/conversations/" + id + "/preferences";
        assertThat(api.get(path, token).json().get("personalisedRecommendations").asBoolean()).as("on until turned off").isTrue();

        JsonNode before = recommend(id, token, "推荐一款手机");
        assertThat(before.get("text").asString()).doesNotContain("未做个性化");
        assertEveryProductCardHasAReason(before);

        // nobody but the shopper changes it: no token, another conversation's token, staff
        String other = api.post("/api/v1/conversations", null, Map.of()).json().get("customerToken").asString();
        assertThat(api.put(path, null, Map.of("personalisedRecommendations", false)).status()).isEqualTo(401);
        assertThat(api.put(path, other, Map.of("personalisedRecommendations", false)).status()).isEqualTo(403);
        assertThat(api.put(path, ServiceTest.ADMIN, Map.of("personalisedRecommendations", false)).status()).isEqualTo(403);
        assertThat(api.get(path, other).status()).isEqualTo(403);

        ApiClient.Response off = api.put(path, token, Map.of("personalisedRecommendations", false));
        assertThat(off.status()).as(off.text()).isEqualTo(200);
        assertThat(off.json().get("personalisedRecommendations").asBoolean()).isFalse();
        JsonNode after = recommend(id, token, "给我推荐个手机吧");
        assertThat(after.get("text").asString()).contains("未做个性化");
        assertEveryProductCardHasAReason(after);

        // the customer's consent, not the conversation's: their next conversation starts with it off
        JsonNode next = api.openAs(store.alice, Map.of("language", "zh")).json();
        assertThat(api.get("/api/v1/conversations/" + next.get("id").asString() + "/preferences", next.get("customerToken").asString())
            .json().get("personalisedRecommendations").asBoolean()).isFalse();
        assertThat(consents.of(store.alice)).singleElement().satisfies(consent -> {
            assertThat(consent.name()).isEqualTo(Consent.PERSONALISED_RECOMMENDATIONS);
            assertThat(consent.granted()).isFalse();
            assertThat(consent.conversationId()).isEqualTo(id);
            assertThat(consent.changedAt()).isNotNull();
        });
        consents.eraseFor(store.alice);
        assertThat(consents.of(store.alice)).isEmpty();
    }

    @Test
    void aVisitorsChoiceHoldsForTheirConversationOnly() {
        JsonNode visitor = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
        String path = "/api/v1/conversations/" + visitor.get("id").asString() + "/preferences";
        String token = visitor.get("customerToken").asString();
        assertThat(api.put(path, token, Map.of("personalisedRecommendations", false)).status()).isEqualTo(200);
        assertThat(api.get(path, token).json().get("personalisedRecommendations").asBoolean()).isFalse();
        JsonNode another = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
        assertThat(api.get("/api/v1/conversations/" + another.get("id").asString() + "/preferences", another.get("customerToken").asString())
            .json().get("personalisedRecommendations").asBoolean()).isTrue();
    }

    @Test
    void anAngryShopperAtRiskIsHandedToAHumanNeverRefused() {
        JsonNode opened = api.openAs(store.alice, Map.of("language", "zh")).json();
        String id = opened.get("id").asString();
        String token = opened.get("customerToken").asString();
        ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/messages", token,
                Map.of("text", "你们的充电器突然冒烟差点着火！气死我了，我要投诉到消费者协会！！！"));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode state = response.json().get("state");
        assertThat(state.get("mode").asString()).as("a high score brings a human").isEqualTo("queued");
        assertThat(state.get("handoff").get("reason").asString()).isIn("high_risk", "negative_emotion");
        assertThat(response.json().get("messages").size()).as("and the shopper is told so").isPositive();
        ApiClient.Response again = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "人呢？快点！"));
        assertThat(again.status()).as("while waiting, still heard").isEqualTo(200);
    }

    private String firstReply(String id, String token, String text) {
        ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("messages").get(0).get("text").asString();
    }

    private JsonNode recommend(String id, String token, String text) {
        ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode reply = response.json().get("messages").get(0);
        assertThat(reply.get("cards").findValuesAsString("type")).as(reply.toString()).contains("product");
        return reply;
    }

    private static void assertEveryProductCardHasAReason(JsonNode reply) {
        for (JsonNode card : reply.get("cards")) {
            assertThat(card.path("reason").asString("")).as(card.toString()).isNotBlank();
        }
    }
}
