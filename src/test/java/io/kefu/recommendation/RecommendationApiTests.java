package io.kefu.recommendation;

import static io.kefu.recommendation.RecommendationStore.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Personal recommendations (API §6) on a kitchen store of their own: each source shows with its
 * reason, what was just bought or returned and what is out of stock never shows, a shopper who
 * turned personalisation off gets best sellers, and only the admin reads them, on the record.
 */
@ServiceTest
class RecommendationApiTests {

    @LocalServerPort
    int port;

    @Test
    void eachSourceRecommendsWithItsReasonAndNothingJustBoughtReturnedOrOutOfStockShows() {
        ApiClient api = new ApiClient(port);
        RecommendationStore store = new RecommendationStore(api).imported();
        String ann = store.customer("ann", List.of(store.order(null, 5, "DELIVERED", item(store.kettle, 1)),
                store.order(null, 20, "RETURNED", item(store.spoon, 1))));
        Chat chat = Chat.of(api, ann, "zh");
        JsonNode turn = chat.say(store.tea + " 这款茶还有货吗？");
        assertThat(turn.get("analysis").get("entities").path("sku").asString()).as("the shopper's question names the tea").isEqualTo(store.tea);

        Map<String, String> reasons = recommendations(api, ann, "");
        System.out.println("recommendations for ann: " + reasons);
        assertThat(reasons.get(store.tea)).as("asked about in a conversation").isEqualTo("您在咨询中问过这款商品");
        assertThat(reasons.get(store.filter)).as("a refill the catalogue relates to the kettle").isEqualTo("耗材：适用于您的" + store.kettleName);
        assertThat(reasons.get(store.mat)).as("an accessory tagged for kettles").isEqualTo("配件：适用于您的" + store.kettleName);
        assertThat(reasons.get(store.mug)).as("bought together with the kettle by others").isEqualTo("常与您买过的" + store.kettleName + "一起购买");
        assertThat(reasons).as("just bought").doesNotContainKey(store.kettle);
        assertThat(reasons.keySet()).as("no best seller of a kind just bought (another store's kettle)")
            .noneMatch(sku -> sku.startsWith("KET-"));
        assertThat(reasons).as("returned, though bought with the kettle often enough").doesNotContainKey(store.spoon);
        assertThat(reasons).as("out of stock, though bought with the kettle").doesNotContainKey(store.teaTray);
        assertThat(reasons.get(store.woodenTray)).as("bought with the kettle twice: a coincidence, below the minimum support")
            .isIn(null, "本店热销");

        Map<String, String> english = recommendations(api, ann, "?lang=en");
        assertThat(english.get(store.tea)).isEqualTo("You asked about it in a chat with us");
        assertThat(english.get(store.filter)).isEqualTo("Refill for your " + store.kettleName);
        assertThat(english.get(store.mat)).isEqualTo("Accessory for your " + store.kettleName);
        assertThat(english.get(store.mug)).isEqualTo("Often bought together with your " + store.kettleName);
    }

    @Test
    void productsTheBotShowedInAConversationAreRecommendedAsSeen() {
        ApiClient api = new ApiClient(port);
        RecommendationStore store = new RecommendationStore(api).imported();
        String hal = store.customer("hal", List.of());
        JsonNode turn = Chat.of(api, hal, "zh").say(store.teaLine + " 怎么样？");
        List<String> shown = new java.util.ArrayList<>();
        turn.get("messages").forEach(message -> message.get("sources").forEach(source -> shown.add(source.get("id").asString())));
        assertThat(shown).as("the bot showed the tea line: " + turn).isNotEmpty().allMatch(sku -> sku.equals(store.tea) || sku.equals(store.bigTea));
        assertThat(turn.get("analysis").get("entities").path("sku").isMissingNode()).as("the shopper named no one size").isTrue();

        Map<String, String> reasons = recommendations(api, hal, "");
        Map<String, String> english = recommendations(api, hal, "?lang=en");
        for (String sku : shown) {
            assertThat(reasons.get(sku)).isEqualTo("您在咨询中看过");
            assertThat(english.get(sku)).isEqualTo("You looked at it in a chat with us");
        }
    }

    @Test
    void aConsumableComesBackOnceTheStoresRefillIntervalHasPassedNotBefore() {
        ApiClient api = new ApiClient(port);
        RecommendationStore store = new RecommendationStore(api).imported();
        String due = store.customer("ben", List.of(store.order(null, 35, "DELIVERED", item(store.filter, 1))));
        String fresh = store.customer("cai", List.of(store.order(null, 2, "DELIVERED", item(store.filter, 1))));

        assertThat(recommendations(api, due, "").get(store.filter)).isEqualTo("该补货了：您35天前买过，顾客通常约每30天回购一次");
        assertThat(recommendations(api, due, "?lang=en").get(store.filter))
            .isEqualTo("Time to restock: you bought it 35 days ago, and customers buy it again about every 30 days");
        assertThat(recommendations(api, fresh, "")).doesNotContainKey(store.filter);
    }

    @Test
    void coPurchasesAreRecomputedWhenOrdersChange() {
        ApiClient api = new ApiClient(port);
        RecommendationStore store = new RecommendationStore(api).imported();
        String dan = store.customer("dan", List.of(store.order(null, 3, "DELIVERED", item(store.kettle, 1))));
        assertThat(recommendations(api, dan, "").get(store.woodenTray)).isIn(null, "本店热销");

        store.put("/api/v1/orders", List.of(store.order(store.other("o2"), 10, "DELIVERED", item(store.kettle, 1), item(store.woodenTray, 1))));

        assertThat(recommendations(api, dan, "").get(store.woodenTray)).as("a third order holding both")
            .isEqualTo("常与您买过的" + store.kettleName + "一起购买");
    }

    @Test
    void aShopperWhoTurnedPersonalisationOffGetsTheStoresBestSellersSaidToBeSo() {
        ApiClient api = new ApiClient(port);
        RecommendationStore store = new RecommendationStore(api).imported();
        String eve = store.customer("eve", List.of(store.order(null, 5, "DELIVERED", item(store.kettle, 1))));
        Chat chat = Chat.of(api, eve, "zh");
        chat.say(store.tea + " 这款茶还有货吗？");
        assertThat(recommendations(api, eve, "")).containsKey(store.tea);

        assertThat(api.put(chat.path("/preferences"), chat.token(), Map.of("personalisedRecommendations", false)).status()).isEqualTo(200);

        ApiClient.Response response = api.get("/api/v1/customers/" + eve + "/recommendations", ServiceTest.ADMIN);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(list.get(0).get("sku").asString()).as("the most units sold in the store").isEqualTo(store.mug);
        assertThat(list.get(0).get("name").asString()).isEqualTo("保温杯 350ml");
        assertThat(list.get(0).get("price").decimalValue()).isEqualByComparingTo("89");
        Map<String, String> reasons = recommendations(api, eve, "");
        assertThat(reasons.values()).as("every one a best seller, said so").containsOnly("本店热销（您已关闭个性化推荐，未使用您的个人信息）");
        assertThat(reasons).as("nothing from the conversation").doesNotContainKey(store.tea);
        assertThat(reasons).as("the same best sellers as for anyone: the kettle sells well").containsKey(store.kettle);
        assertThat(reasons).as("out of stock").doesNotContainKey(store.teaTray);
        assertThat(recommendations(api, eve, "?lang=en").values()).containsOnly(
                "A store best seller (personalised recommendations are off, so nothing about you was used)");
    }

    @Test
    void anUnknownCustomerIs404AsProblemDetailsAndBadParametersAre400() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response unknown = api.get("/api/v1/customers/nobody-here-at-all/recommendations", ServiceTest.ADMIN);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().get("status").asInt()).isEqualTo(404);

        RecommendationStore store = new RecommendationStore(api).imported();
        String fay = store.customer("fay", List.of());
        assertThat(api.get("/api/v1/customers/" + fay + "/recommendations?lang=fr", ServiceTest.ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/customers/" + fay + "/recommendations?limit=0", ServiceTest.ADMIN).status()).isEqualTo(400);
        ApiClient.Response three = api.get("/api/v1/customers/" + fay + "/recommendations?limit=3", ServiceTest.ADMIN);
        assertThat(three.status()).as(three.text()).isEqualTo(200);
        assertThat(three.json().size()).as("a new customer still gets best sellers").isEqualTo(3);
    }

    @Test
    void onlyTheAdminReadsACustomersRecommendationsAndEachReadIsInTheirExport() {
        ApiClient api = new ApiClient(port);
        RecommendationStore store = new RecommendationStore(api).imported();
        String gus = store.customer("gus", List.of(store.order(null, 5, "DELIVERED", item(store.kettle, 1))));
        Chat chat = Chat.of(api, gus, "zh");
        String path = "/api/v1/customers/" + gus + "/recommendations";
        String owner = agent(api, "rec-owner-" + store.suffix, "ADMIN");

        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, chat.token()).status()).as("the customer's own conversation token").isEqualTo(403);
        assertThat(api.get(path, agent(api, "rec-lead-" + store.suffix, "SUPERVISOR")).status()).isEqualTo(403);
        assertThat(api.get(path, agent(api, "rec-agent-" + store.suffix, "AGENT")).status()).isEqualTo(403);
        assertThat(api.get(path, owner).status()).isEqualTo(200);
        assertThat(api.get(path, ServiceTest.ADMIN).status()).isEqualTo(200);

        JsonNode export = api.get("/api/v1/customers/" + gus + "/export", ServiceTest.ADMIN).json();
        List<String> readers = new java.util.ArrayList<>();
        export.get("recommendationReads").forEach(read -> readers.add(read.get("staff").asString()));
        assertThat(readers).containsExactly("rec-owner-" + store.suffix, "admin");

        assertThat(api.delete("/api/v1/customers/" + gus, ServiceTest.ADMIN).status()).isEqualTo(204);
        assertThat(api.get(path, ServiceTest.ADMIN).status()).as("erased").isEqualTo(404);
    }

    /** SKU → reason of the customer's recommendations (all of them, up to 50). */
    private static Map<String, String> recommendations(ApiClient api, String customerId, String query) {
        ApiClient.Response response = api.get("/api/v1/customers/" + customerId + "/recommendations"
                + (query.isEmpty() ? "?limit=50" : query + "&limit=50"), ServiceTest.ADMIN);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        Map<String, String> reasons = new LinkedHashMap<>();
        response.json().forEach(item -> {
            assertThat(item.properties().stream().map(Map.Entry::getKey).toList()).containsExactly("sku", "name", "price", "reason");
            reasons.put(item.get("sku").asString(), item.get("reason").asString());
        });
        return reasons;
    }

    private static String agent(ApiClient api, String username, String role) {
        Map<String, Object> agent = Map.of("username", username, "password", "correct horse battery", "displayName", username, "role", role,
                "skills", List.of(), "languages", List.of("zh"), "maxConcurrent", 5);
        assertThat(api.put("/api/v1/agents", ServiceTest.ADMIN, List.of(agent)).status()).isEqualTo(200);
        return api.post("/api/v1/auth/login", null, Map.of("username", username, "password", "correct horse battery")).json().get("token")
            .asString();
    }
}
