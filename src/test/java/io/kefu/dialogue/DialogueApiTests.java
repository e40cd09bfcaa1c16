package io.kefu.dialogue;

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

/** Whole conversations through the flows and actions, against a store imported through the API. */
@ServiceTest
class DialogueApiTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ApiClient api;
    TestStore store;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
    }

    @Test
    void aReturnInsideTheWindowGoesFromRequestToReturnCard() {
        Chat chat = new Chat(store.alice);
        JsonNode ask = chat.say("我要退货");
        assertThat(ask.get("state").get("flow").get("name").asString()).isEqualTo("return_request");
        assertThat(ask.get("state").get("flow").get("awaiting").asString()).isEqualTo("orderId");
        assertThat(quickReplies(ask)).contains(store.aliceDelivered, store.aliceDeliveredLongAgo);

        JsonNode reason = chat.say(store.aliceDelivered);
        assertThat(reason.get("state").get("flow").get("awaiting").asString()).isEqualTo("reason");
        assertThat(quickReplies(reason)).contains("质量问题");

        JsonNode confirm = chat.say("质量问题");
        assertThat(text(confirm)).contains(store.aliceDelivered).contains("质量问题");
        assertThat(confirm.get("state").get("flow").get("awaiting").asString()).isEqualTo("confirm");

        JsonNode done = chat.say("确认");
        assertThat(done.get("state").get("flow").isNull()).isTrue();
        JsonNode card = done.get("messages").get(0).get("cards").get(0);
        assertThat(card.get("type").asString()).isEqualTo("return");
        assertThat(card.get("data").get("orderId").asString()).isEqualTo(store.aliceDelivered);
        assertThat(orderStatus(store.aliceDelivered)).isEqualTo("RETURN_REQUESTED");
    }

    @Test
    void photosSentDuringAReturnAreValidatedStoredAndLinkedToIt() {
        Chat chat = new Chat(store.alice);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ApiClient.Response uploaded = api.upload(chat.path("/attachments"), chat.token, "broken.png", png);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        String attachmentId = uploaded.json().get("id").asString();
        assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/png");
        assertThat(api.upload(chat.path("/attachments"), chat.token, "notes.png", "just text".getBytes()).status()).isEqualTo(400);
        assertThat(api.upload(chat.path("/attachments"), chat.token, "huge.png", new byte[7 * 1024 * 1024]).status()).isIn(400, 413);
        assertThat(api.get(chat.path("/attachments/" + attachmentId), chat.token).status()).isEqualTo(200);

        chat.say("订单" + store.aliceDelivered + "要退货");
        JsonNode withPhoto = chat.say(Map.of("text", "收到时破损", "attachments", java.util.List.of(Map.of("id", attachmentId))));
        assertThat(withPhoto.get("state").get("flow").get("awaiting").asString()).isEqualTo("confirm");
        JsonNode done = chat.say("确认");
        JsonNode card = done.get("messages").get(0).get("cards").get(0);
        assertThat(card.get("data").get("attachments").get(0).asString()).isEqualTo(attachmentId);
        String linked = jdbc.sql("SELECT order_id FROM attachments WHERE id = :id").param("id", attachmentId).query(String.class).single();
        assertThat(linked).isEqualTo(store.aliceDelivered);

        Chat other = new Chat(store.bob);
        ApiClient.Response foreign = api.post(other.path("/messages"), other.token,
                Map.of("text", "看图", "attachments", java.util.List.of(Map.of("id", attachmentId))));
        assertThat(foreign.status()).isEqualTo(400);
    }

    @Test
    void aReturnOutsideTheWindowExplainsThePolicyAndChangesNothing() {
        Chat chat = new Chat(store.alice);
        JsonNode reply = chat.say("订单" + store.aliceDeliveredLongAgo + "我要退货");
        assertThat(text(reply)).contains(store.aliceDeliveredLongAgo).contains("7天");
        assertThat(reply.get("state").get("flow").isNull()).isTrue();
        assertThat(orderStatus(store.aliceDeliveredLongAgo)).isEqualTo("DELIVERED");
    }

    @Test
    void theCustomerCanStepOutOfAFlowAndComeBack() {
        Chat chat = new Chat(store.alice);
        chat.say("我要退货");
        chat.say(store.aliceDelivered);
        JsonNode aside = chat.say("先不退了，物流到哪了？订单" + store.aliceShipped);
        assertThat(aside.get("analysis").get("intent").asString()).isEqualTo("logistics");
        assertThat(text(aside)).contains("SF" + store.suffix);
        JsonNode reminder = aside.get("messages").get(aside.get("messages").size() - 1);
        assertThat(reminder.get("text").asString()).contains("退货");
        assertThat(aside.get("state").get("flow").isNull()).isTrue();

        JsonNode back = chat.say(quickReplies(reminder).getFirst());
        assertThat(back.get("state").get("flow").get("name").asString()).isEqualTo("return_request");
        assertThat(back.get("state").get("flow").get("awaiting").asString()).isEqualTo("reason");
    }

    @Test
    void theReturnAskedOfOneOrderIsAskedOfTheNextOrderNamedWithThat() {
        Chat chat = new Chat(store.alice);
        JsonNode refused = chat.say("订单" + store.aliceDeliveredLongAgo + "我要退货");
        assertThat(refused.get("state").get("flow").isNull()).isTrue();

        JsonNode next = chat.say("那" + store.aliceDelivered + "呢");
        assertThat(next.get("state").get("flow").get("name").asString()).as(next.toString()).isEqualTo("return_request");
        assertThat(next.get("state").get("flow").get("awaiting").asString()).isEqualTo("reason");
    }

    @Test
    void aReturnReasonToldInDisappointedWordsIsTheAnswerNotAHandover() {
        Chat chat = new Chat(store.alice);
        chat.say("订单" + store.aliceDelivered + "我要退货，太让人失望了");
        JsonNode reason = chat.say("用了两天就坏了 真的很失望");
        assertThat(reason.get("state").get("mode").asString()).as(reason.toString()).isEqualTo("bot");
        assertThat(reason.get("state").get("flow").get("awaiting").asString()).isEqualTo("confirm");
    }

    @Test
    void theNewAddressIsAskedForTheOrderNamed() {
        Chat bob = new Chat(store.bob);
        JsonNode ask = bob.say("订单" + store.bobPaid + "要改收货地址");
        assertThat(ask.get("state").get("flow").get("awaiting").asString()).isEqualTo("address");
        assertThat(text(ask)).contains(store.bobPaid);
    }

    @Test
    void anUnreadableAnswerIsAskedAgainOnceWithAnExample() {
        Chat chat = new Chat(store.alice);
        chat.say("我要退货");
        JsonNode again = chat.say("嗯嗯");
        assertThat(text(again)).contains("没有识别出来");
        assertThat(again.get("messages").get(0).get("quickReplies").toString()).as("the customer's own orders, no made-up example")
            .contains(store.aliceDelivered);
        assertThat(again.get("state").get("flow").get("awaiting").asString()).isEqualTo("orderId");
        JsonNode gaveUp = chat.say("嗯嗯");
        assertThat(gaveUp.get("state").get("flow").isNull()).isTrue();
    }

    @Test
    void anOrderIsCancelledOnlyBeforeItShips() {
        Chat bob = new Chat(store.bob);
        JsonNode confirm = bob.say("取消订单");
        assertThat(text(confirm)).contains(store.bobPaid);
        JsonNode done = bob.say("是的");
        assertThat(text(done)).contains(store.bobPaid);
        assertThat(orderStatus(store.bobPaid)).isEqualTo("CANCELLED");

        Chat alice = new Chat(store.alice);
        JsonNode refused = alice.say("取消订单" + store.aliceShipped);
        assertThat(text(refused)).contains("已经发货");
        assertThat(orderStatus(store.aliceShipped)).isEqualTo("SHIPPED");
    }

    @Test
    void aReturnOfAnOrderStillInTheWarehouseBecomesItsCancellation() {
        Chat bob = new Chat(store.bob);
        JsonNode offer = bob.say("订单" + store.bobPaid + "我要退货");
        assertThat(text(offer)).contains(store.bobPaid).contains("取消");
        assertThat(offer.get("state").get("flow").get("name").asString()).isEqualTo("cancel_order");
        assertThat(offer.get("state").get("flow").get("awaiting").asString()).isEqualTo("confirm");

        bob.say("确认");
        assertThat(orderStatus(store.bobPaid)).isEqualTo("CANCELLED");
    }

    @Test
    void aFollowUpThatLeavesOutItsQuestionIsMatchedWithTheQuestionBeforeIt() {
        String invoice = "faq-invoice-" + store.suffix;
        String opened = "faq-opened-" + store.suffix;
        withFaq(List.of(
                Map.of("id", invoice, "language", "zh", "questions", List.of("怎么开发票？", "可以开发票吗"),
                        "answer", "下单后在订单详情里申请电子发票，跨境直邮的商品不能开国内发票。"),
                Map.of("id", opened, "language", "zh", "questions", List.of("奶粉开了还能退吗？", "开罐的奶粉能退吗"),
                        "answer", "奶粉一经开罐就不支持退换，质量问题除外。")), () -> {
            Chat chat = new Chat(store.alice);
            assertThat(sources(chat.say("怎么开发票"))).contains(invoice);
            // "开" alone reads like opening the tin; after the invoice question it is the invoice
            JsonNode followUp = chat.say("那我买的进口奶粉也能开吗");
            assertThat(sources(followUp)).as(followUp.toString()).contains(invoice).doesNotContain(opened);
        });
    }

    @Test
    void aFollowUpOnTheEntryJustAnsweredGetsTheSentenceOnWhatItAsks() {
        String payment = "faq-payment-" + store.suffix;
        withFaq(List.of(Map.of("id", payment, "language", "zh", "questions", List.of("支持哪些付款方式？", "可以货到付款吗？"),
                "answer", "支持微信支付、支付宝和花呗分期。暂不支持货到付款。下单后请在 30 分钟内付款。")), () -> {
            Chat chat = new Chat(store.alice);
            assertThat(sources(chat.say("能用花呗分期不"))).contains(payment);
            JsonNode followUp = chat.say("那到了再给钱行吗");
            assertThat(followUp.get("messages").get(0).get("text").asString()).as(followUp.toString()).isEqualTo("暂不支持货到付款。");
        });
    }

    @Test
    void theMerchantsEntryOnTheMatterComesBeforeTheOffersOnTheProductTalkedAbout() {
        String corporate = "faq-corporate-" + store.suffix;
        withFaq(List.of(zhEntry(corporate, "企业采购 20 件起享企业价，50 件以上可定制 logo，请联系企业采购专线。", "企业团购有优惠吗？",
                "公司批量采购送客户怎么买")), () -> {
            Chat chat = new Chat(store.alice);
            chat.say("星耀X10 手机多少钱");
            JsonNode reply = chat.say("年底公司要给客户送礼 大概60份 有没有优惠能不能印我们logo");
            assertThat(firstSources(reply)).as(reply.toString()).contains(corporate);
        });
    }

    @Test
    void aVisitorsQuestionReadAsAboutTheirOrderGetsTheLikeliestEntryBeforeBeingAskedToSignIn() {
        String dispatch = "faq-dispatch-" + store.suffix;
        String arrival = "faq-arrival-" + store.suffix;
        // two entries close to the question, so that neither is sure enough to answer on its own
        withFaq(List.of(zhEntry(dispatch, "每天 16:00 前付款的订单当天发出，之后付款的次日发出。", "几点前下单当天能发货？"),
                zhEntry(arrival, "发货后江浙沪 1–2 天送达，其他地区 2–4 天。", "发货以后几天能到？")), () -> {
            JsonNode reply = new Chat(null).say("啥时候给我发出去");
            // no order to look at: the likelier entry first, not only a request to sign in
            assertThat(firstSources(reply)).as(reply.toString()).containsAnyOf(dispatch, arrival);
        });
    }

    private static Map<String, Object> zhEntry(String id, String answer, String... questions) {
        return Map.of("id", id, "language", "zh", "questions", List.of(questions), "answer", answer);
    }

    private static String firstSources(JsonNode turn) {
        return turn.get("messages").get(0).get("sources").toString();
    }

    /** Runs {@code test} with these FAQ entries published; they are withdrawn after it, whatever it did. */
    private void withFaq(List<Map<String, Object>> entries, Runnable test) {
        store.put("/api/v1/knowledge", entries);
        try {
            test.run();
        }
        finally {
            entries.forEach(entry -> store.withdrawFaq((String) entry.get("id"), (String) entry.get("language")));
        }
    }

    private static List<String> sources(JsonNode turn) {
        return turn.get("messages").valueStream().flatMap(message -> message.path("sources").valueStream())
            .map(source -> source.get("id").asString().replaceFirst("@v\\d+$", "")).toList();
    }

    @Test
    void aSecondQuestionInTheSameMessageIsAnsweredFromTheFaqToo() {
        String id = "faq-customs-" + store.suffix;
        withFaq(List.of(Map.of("id", id, "language", "zh", "questions", List.of("海外直邮的商品为什么要填身份证？", "跨境商品清关需要什么"),
                "answer", "海外直邮商品要按海关规定办理个人清关，所以需要收件人的实名身份证信息，只用于清关。")), () -> {
            JsonNode reply = new Chat(store.alice).say("查下" + store.aliceShipped + "到哪了，另外海淘的东西为啥要填身份证");
            String said = reply.get("messages").valueStream().map(message -> message.get("text").asString()).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(said).as(reply.toString()).contains(store.aliceShipped).contains("清关");
        });
    }

    @Test
    void sayingNoAtTheConfirmationChangesNothing() {
        Chat bob = new Chat(store.bob);
        bob.say("取消订单");
        JsonNode kept = bob.say("不用了");
        assertThat(kept.get("state").get("flow").isNull()).isTrue();
        assertThat(orderStatus(store.bobPaid)).isEqualTo("PAID");
    }

    @Test
    void anonymousVisitorsNeverStartAnOrderActionButAreAskedToSignInOrAnsweredFromTheFaq() {
        JsonNode reply = new Chat(null).say("我要退货");
        assertThat(reply.get("state").get("flow").isNull()).isTrue();
        String said = reply.get("messages").valueStream().map(message -> message.get("text").asString()).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(said.contains("登录") || reply.toString().contains("\"knowledge\"")).as(reply.toString()).isTrue();
    }

    private String orderStatus(String orderId) {
        for (JsonNode order : api.get("/api/v1/orders?size=500", ServiceTest.ADMIN).json()) {
            if (orderId.equals(order.get("orderId").asString())) {
                return order.get("status").asString();
            }
        }
        throw new AssertionError("no order " + orderId);
    }

    private static String text(JsonNode turn) {
        return turn.get("messages").get(0).get("text").asString();
    }

    private static java.util.List<String> quickReplies(JsonNode turnOrMessage) {
        JsonNode message = turnOrMessage.has("messages") ? turnOrMessage.get("messages").get(0) : turnOrMessage;
        return message.get("quickReplies").valueStream().map(JsonNode::asString).toList();
    }

    /** One customer's conversation. */
    private final class Chat {

        final String id;
        final String token;

        Chat(String customerId) {
            JsonNode created = api.openAs(customerId, Map.of()).json();
            id = created.get("id").asString();
            token = created.get("customerToken").asString();
        }

        JsonNode say(String text) {
            return say(Map.of("text", text));
        }

        JsonNode say(Map<String, Object> message) {
            ApiClient.Response response = api.post(path("/messages"), token, message);
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            return response.json();
        }

        String path(String rest) {
            return "/api/v1/conversations/" + id + rest;
        }
    }
}
