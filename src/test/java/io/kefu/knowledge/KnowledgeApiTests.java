package io.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/**
 * Knowledge over real HTTP with the real embedding models: answers in a conversation quote live
 * store data and cite {@code id@vN}; versions and rollback; curation (API §4).
 */
@ServiceTest
class KnowledgeApiTests {

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeCuration curation;

    @Autowired
    KnowledgeBase knowledge;

    ApiClient api;
    TestStore store;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
    }

    private Map<String, Object> entry(String id, String answer, String... questions) {
        return Map.of("id", id, "questions", List.of(questions), "answer", answer, "language", "zh");
    }

    private JsonNode say(String conversationId, String token, String text) {
        ApiClient.Response response = api.post("/api/v1/conversations/" + conversationId + "/messages", token, Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("messages").get(0);
    }

    @Test
    void aSureMatchOfItsOwnLanguageGivesWayWhenAnEntryOfTheOtherLanguageMatchesOutrightBetter() {
        String s = store.suffix;
        List<FaqEntry> entries = List.of(
                new FaqEntry("poles-" + s, List.of("登山杖能带上飞机吗？", "坐飞机怎么带帐篷和登山杖？"), "按国内航空安检规定，登山杖不能随身带上飞机，要放进托运行李；"
                        + "碳纤维折叠杖折起来 38 厘米，放进行李箱很方便。帐篷可以托运，铝合金帐杆一般也建议托运。气罐无论托运还是随身都不能带。", "zh", null, List.of(),
                        "PUBLISHED"),
                new FaqEntry("bulk-" + s, List.of("户外俱乐部团购有优惠吗？"), "一次采购 10 件及以上可以找客服报价，9 折起。", "zh", null, List.of(), "PUBLISHED"),
                new FaqEntry("waterproof-" + s, List.of("What does the waterproof mm rating mean?", "Is 2000 mm waterproof enough for a tent?"),
                        "The millimetre figure is the hydrostatic head: the height of a water column the fabric holds back. 1500 mm is showerproof, "
                                + "3000 mm is fine for a tent in heavy rain, jackets use 10000-20000 mm.", "en", null, List.of(), "PUBLISHED"));
        knowledge.upsert(entries);
        try {
            // the two Chinese entries are all this store wrote in Chinese: the one that says 帐篷 matched surely
            for (String question : List.of("帐篷写的防水3000mm是啥意思", "帐篷的防水多少毫米才够")) {
                KnowledgeMatch match = knowledge.match(question, "zh");
                assertThat(match.answers()).as(question).isFalse();
                assertThat(match.candidates().getFirst().entryId()).as(question).isEqualTo("waterproof-" + s);
            }
            assertThat(knowledge.match("登山杖能不能带上飞机", "zh").best()).get().extracting(KnowledgeMatch.Candidate::entryId).isEqualTo("poles-" + s);
            assertThat(knowledge.match("登山杖能不能带上飞机", "zh").answers()).isTrue();
        }
        finally {
            entries.forEach(entry -> knowledge.delete(entry.id(), "test"));
        }
    }

    /** The bot's whole response to the first message of a new visitor's Chinese conversation. */
    private JsonNode visitorSays(String text) {
        JsonNode conversation = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
        ApiClient.Response response = api.post("/api/v1/conversations/" + conversation.get("id").asString() + "/messages",
                conversation.get("customerToken").asString(), Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aPriceChangedThroughTheApiShowsInTheVeryNextAnswer() {
        String id = "faq-price-" + store.suffix;
        store.put("/api/v1/knowledge", List.of(entry(id, "星耀X10 现在售价 {{product:" + store.phoneSku + ".price}} 元，满 {{settings.freeShippingThreshold}} 元包邮。",
                "星耀X10多少钱", "星耀X10 的价格是多少")));
        JsonNode conversation = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
        String conversationId = conversation.get("id").asString();
        String token = conversation.get("customerToken").asString();

        JsonNode reply = say(conversationId, token, "星耀X10多少钱？");
        assertThat(reply.get("text").asString()).endsWith("星耀X10 现在售价 2999 元，满 99 元包邮。");
        assertThat(reply.get("sources").get(0).get("id").asString()).isEqualTo(id + "@v1");

        store.put("/api/v1/catalog/products", List.of(Map.of("sku", store.phoneSku, "name", "星耀X10 手机", "price", 2799, "stock", 3)));
        assertThat(say(conversationId, token, "那星耀X10现在多少钱").get("text").asString()).contains("星耀X10 现在售价 2799 元");
    }

    @Test
    void aQuestionAboutWhenTheAgentsWorkIsAnsweredWhileAskingForOneIsHonoured() {
        JsonNode conversation = api.post("/api/v1/conversations", null, Map.of("language", "en")).json();
        String conversationId = conversation.get("id").asString();
        String token = conversation.get("customerToken").asString();

        JsonNode answered = say(conversationId, token, "what time do your human agents come online?");
        assertThat(api.get("/api/v1/conversations/" + conversationId, token).json().get("mode").asString()).as(answered.toString()).isEqualTo("bot");
        String sources = answered.get("sources").toString();
        assertThat(sources).as("the store's hours, or an FAQ entry surer than the intent model").containsAnyOf("businessHours", "knowledge");
        if (sources.contains("businessHours")) {
            assertThat(answered.get("text").asString()).as("the test store's agents work round the clock").contains("around the clock");
            assertThat(answered.get("quickReplies").toString()).as("one tap reaches an agent now").containsIgnoringCase("human");
        }

        say(conversationId, token, "let me talk to a live agent");
        assertThat(api.get("/api/v1/conversations/" + conversationId, token).json().get("mode").asString()).isNotEqualTo("bot");
    }

    @Test
    void theMerchantsOwnEntryAboutTheAgentsAnswersAQuestionAboutThem() {
        String id = "faq-agent-hours-" + store.suffix;
        store.put("/api/v1/knowledge", List.of(entry(id, "人工客服的在线时间见店铺首页公告，节假日照常服务。", "人工客服几点上班", "客服工作时间是几点到几点")));
        try {
            JsonNode conversation = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
            String conversationId = conversation.get("id").asString();
            String token = conversation.get("customerToken").asString();

            JsonNode answered = say(conversationId, token, "你们人工客服一般几点上班啊？");
            // the demo store's own hours entry, when another test imported it, answers as well
            assertThat(answered.get("sources").toString()).as(answered.toString()).contains("\"knowledge\"");
            assertThat(api.get("/api/v1/conversations/" + conversationId, token).json().get("mode").asString()).isEqualTo("bot");
        }
        finally {
            store.withdrawFaq(id, "zh");
        }
    }

    @Test
    void aQuestionTheFaqAnswersIsNotTakenForAProductTheStoreDoesNotSell() {
        String id = "faq-opened-" + store.suffix;
        store.put("/api/v1/knowledge", List.of(entry(id, "孕期和哺乳期可以放心用本店的手机和耳机，辐射都符合国家标准。", "孕妇可以用哪些产品？", "怀孕期间能用你们的东西吗")));
        try {
            JsonNode answered = visitorSays("怀孕了哪些能用").get("messages").get(0);
            assertThat(answered.get("sources").toString()).as(answered.toString()).contains(id);
        }
        finally {
            store.withdrawFaq(id, "zh");
        }
    }

    @Test
    void aRequestForProductsTheStoresRuleAnswersShowsTheProductsTheRuleSuggests() {
        String id = "faq-pregnant-" + store.suffix;
        store.put("/api/v1/knowledge", List.of(entry(id, "孕期和哺乳期都可以放心用，比如星耀X10 手机，辐射符合国家标准。", "孕妇可以用哪些产品？", "怀孕期间能用你们的东西吗")));
        try {
            JsonNode reply = visitorSays("孕妇能用的有推荐吗");
            // the tests' stores share one catalog, where every phone of this name answers to it
            assertThat(reply.get("messages").toString()).as(reply.toString()).contains(id).contains("\"type\":\"product\",\"data\":{\"sku\":\"PH-")
                .contains("\"name\":\"星耀X10 手机\"");
        }
        finally {
            store.withdrawFaq(id, "zh");
        }
    }

    @Test
    void entriesKeepTheirVersionsAndCanBeRolledBack() {
        String id = "faq-ver-" + store.suffix;
        store.put("/api/v1/knowledge", List.of(entry(id, "第一版答案", "版本测试问题")));
        store.put("/api/v1/knowledge", List.of(entry(id, "第二版答案", "版本测试问题")));

        JsonNode versions = api.get("/api/v1/knowledge/" + id + "/versions", ServiceTest.ADMIN).json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("changedBy").asString()).isEqualTo("admin");
        assertThat(versions.get(0).get("entry").get("answer").asString()).isEqualTo("第二版答案");

        ApiClient.Response rolledBack = api.post("/api/v1/knowledge/" + id + "/rollback", ServiceTest.ADMIN, Map.of("version", 1));
        assertThat(rolledBack.status()).as(rolledBack.text()).isEqualTo(200);
        assertThat(rolledBack.json().get("version").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/knowledge/" + id, ServiceTest.ADMIN).json().get("answer").asString()).isEqualTo("第一版答案");
        assertThat(api.post("/api/v1/knowledge/" + id + "/rollback", ServiceTest.ADMIN, Map.of("version", 99)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/knowledge/nope-" + store.suffix + "/versions", ServiceTest.ADMIN).status()).isEqualTo(404);

        assertThat(api.put("/api/v1/knowledge", ServiceTest.ADMIN, List.of(entry(id, "坏的 {{settings.nothing}}", "版本测试问题"))).json()
            .get("errors").get(0).get("field").asString()).isEqualTo("[0].answer");
    }

    @Test
    void candidatesFromAgentConversationsAreApprovedOrRejected() {
        Candidate good = curation.proposeCandidate("鞋盒压扁了还能退吗" + store.suffix, "鞋盒轻微压扁不影响退货。", "conv-" + store.suffix, "zh");
        Candidate bad = curation.proposeCandidate("随便问问" + store.suffix, "好的", "conv-" + store.suffix, "zh");

        JsonNode pending = api.get("/api/v1/knowledge/candidates", ServiceTest.ADMIN).json();
        JsonNode listed = null;
        for (JsonNode candidate : pending) {
            if (candidate.get("id").asString().equals(good.id())) {
                listed = candidate;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("sourceConversationId").asString()).isEqualTo("conv-" + store.suffix);
        assertThat(listed.get("status").asString()).isEqualTo("PENDING");
        assertThat(listed.get("answer").asString()).isEqualTo("鞋盒轻微压扁不影响退货。");

        JsonNode approved = api.post("/api/v1/knowledge/candidates/" + good.id() + "/approve", ServiceTest.ADMIN, Map.of()).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        JsonNode entry = api.get("/api/v1/knowledge/" + approved.get("entryId").asString(), ServiceTest.ADMIN).json();
        assertThat(entry.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(entry.get("questions").get(0).asString()).isEqualTo("鞋盒压扁了还能退吗" + store.suffix);

        assertThat(api.post("/api/v1/knowledge/candidates/" + bad.id() + "/reject", ServiceTest.ADMIN, Map.of()).json()
            .get("status").asString()).isEqualTo("REJECTED");
        assertThat(api.post("/api/v1/knowledge/candidates/" + bad.id() + "/reject", ServiceTest.ADMIN, Map.of()).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/knowledge/candidates/nope/approve", ServiceTest.ADMIN, Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/knowledge/candidates", null).status()).isEqualTo(401);
    }

    @Test
    void unansweredQuestionsAreListedGroupedByMeaning() {
        for (String question : List.of("你们公司在招聘仓库搬运工吗", "你们还招不招搬运工", "搬运工岗位还招人吗")) {
            assertThat(knowledge.answer(question, "zh")).isEmpty();
        }
        JsonNode groups = api.get("/api/v1/knowledge/unanswered", ServiceTest.ADMIN).json();
        JsonNode hiring = null;
        for (JsonNode group : groups) {
            if (group.get("example").asString().equals("搬运工岗位还招人吗")) {
                hiring = group;
            }
        }
        assertThat(hiring).as(groups.toString()).isNotNull();
        assertThat(hiring.get("count").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(hiring.get("lastSeen").asString()).isNotBlank();
        assertThat(api.get("/api/v1/knowledge/review", ServiceTest.ADMIN).status()).isEqualTo(200);
    }
}
