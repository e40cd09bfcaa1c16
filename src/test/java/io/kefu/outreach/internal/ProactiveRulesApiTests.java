package io.kefu.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.kefu.ApiClient;
import io.kefu.MovableClock;
import io.kefu.OwnDatabase;
import io.kefu.ServiceTest;
import io.kefu.agentdesk.Desk;
import io.kefu.outreach.ProactiveStore;
import io.kefu.outreach.Rule;
import tools.jackson.databind.JsonNode;

/**
 * The proactive rules against the running service on a database of their own (the rules act on the
 * whole store, so other tests' orders must not be in it), with a clock the tests move: each rule
 * fires once and not again, waits out the quiet hours, respects the shopper's opt-out and the daily
 * limit; coupons stop at the month's budget; nothing is sent before the merchant switches a rule on.
 * Each test lives in a month of its own and the tests run in calendar order, so the month's coupon
 * budget and the rules' look-back windows see only the test's own occasions.
 */
@ServiceTest
@Import(MovableClock.Configuration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProactiveRulesApiTests {

    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration STALL = Duration.ofHours(24);
    private static final Duration UNPAID = Duration.ofMinutes(30);

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String url = OwnDatabase.fresh("kefu_outreach_test");
        registry.add("spring.datasource.url", () -> url);
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    ProactiveRules rules;

    @Autowired
    Complaints complaints;

    ApiClient api;
    ProactiveStore store;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new ProactiveStore(api).imported();
    }

    @AfterEach
    void everyRuleOffAgain() {
        putRules(Map.of("stalledShipment", Map.of("enabled", false, "hours", 48), "unpaidOrder", Map.of("enabled", false, "minutes", 30),
                "serviceRecovery", Map.of("enabled", false, "couponValue", 10, "monthlyBudget", 500),
                "quietHours", Map.of("start", "22:00", "end", "08:00"), "maxPerCustomerPerDay", 2));
    }

    @Test
    @Order(1)
    void everyRuleIsOffUntilTheMerchantSwitchesItOnAndNothingIsSentMeanwhile() {
        at("2027-01-12T10:00");
        JsonNode current = api.get("/api/v1/outreach/rules", ServiceTest.ADMIN).json();
        assertThat(current.get("stalledShipment").get("enabled").asBoolean()).isFalse();
        assertThat(current.get("unpaidOrder").get("enabled").asBoolean()).isFalse();
        assertThat(current.get("serviceRecovery").get("enabled").asBoolean()).isFalse();

        List<String> customers = List.of(store.customer(), store.customer(), store.customer());
        for (Rule rule : Rule.values()) {
            occasionDueNow(rule, customers.get(rule.ordinal()));
        }
        clock.advance(Duration.ofDays(2));
        rules.run();

        customers.forEach(customer -> assertThat(store.proactiveMessages(customer)).as(customer).isEmpty());
        assertThat(report("2027-01-01T00:00+08:00", "2027-02-01T00:00+08:00").get("sent").asLong()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    @Order(2)
    void eachRuleFiresOnceAndNotAgain(Rule rule) {
        at("2027-02-0" + (1 + rule.ordinal()) + "T10:00");
        switchOn(rule, Map.of());
        String customer = store.customer();
        String orderId = occasionDueNow(rule, customer);

        rules.run();
        rules.run();
        clock.advance(Duration.ofHours(3));
        rules.run();

        List<JsonNode> sent = store.proactiveMessages(customer);
        assertThat(sent).as(rule.name()).hasSize(1);
        JsonNode message = sent.get(0);
        assertThat(message.get("role").asString()).isEqualTo("bot");
        assertThat(message.get("aiGenerated").asBoolean()).isTrue();
        String text = message.get("text").asString();
        switch (rule) {
            case STALLED_SHIPMENT -> assertThat(text).contains(orderId, "中通快递", "ZT" + orderId, "杭州转运中心1", "运输中", "核实")
                .contains(clock.instant().atZone(STORE_ZONE).minusHours(3).minus(STALL).format(java.time.format.DateTimeFormatter.ofPattern("M月d日 HH:mm")));
            case UNPAID_ORDER -> assertThat(text).contains(orderId, store.notebookName, "×2", "¥25");
            case SERVICE_RECOVERY -> assertThat(text).contains("¥10").containsPattern("KF[A-Z2-9]{8}");
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    @Order(3)
    void anOccasionDueInTheQuietHoursIsSentWhenTheyEnd(Rule rule) {
        at("2027-03-0" + (1 + rule.ordinal()) + "T22:30");
        switchOn(rule, Map.of());
        String customer = store.customer();
        occasionDueNow(rule, customer);

        rules.run();
        clock.advance(Duration.ofHours(9).plusMinutes(29)); // 07:59
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("inside the quiet hours 22:00–08:00").isEmpty();

        clock.advance(Duration.ofMinutes(1)); // 08:00
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("once they end").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    @Order(4)
    void aShopperWhoTurnedProactiveMessagesOffGetsNoneUntilTheyTurnThemOnAgain(Rule rule) {
        at("2027-04-0" + (1 + rule.ordinal()) + "T10:00");
        switchOn(rule, Map.of());
        String customer = store.customer();
        choose(customer, false);
        occasionDueNow(rule, customer);

        rules.run();
        clock.advance(Duration.ofHours(1));
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("opted out").isEmpty();

        choose(customer, true);
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("opted in again").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    @Order(5)
    void noShopperGetsMoreThanTheDailyLimit(Rule rule) {
        at("2027-05-0" + (1 + rule.ordinal()) + "T10:00");
        switchOn(rule, Map.of("maxPerCustomerPerDay", 1));
        String customer = store.customer();
        occasionDueNow(rule, customer);
        occasionDueNow(rule, customer);

        rules.run();
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("one a day").hasSize(1);

        clock.advance(Duration.ofHours(23));
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("still the same 24 hours").hasSize(1);

        clock.advance(Duration.ofHours(1));
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("the next day").hasSize(2);
    }

    @Test
    @Order(6)
    void goodwillCouponsStopWhenTheMonthsBudgetIsSpentAndResumeNextMonth() {
        at("2027-06-30T10:00");
        switchOn(Rule.SERVICE_RECOVERY, Map.of("serviceRecovery", Map.of("enabled", true, "couponValue", 10, "monthlyBudget", 25)));
        List<String> customers = List.of(store.customer(), store.customer(), store.customer());
        for (String customer : customers) {
            occasionDueNow(Rule.SERVICE_RECOVERY, customer);
            rules.run();
        }

        assertThat(customers.stream().map(store::proactiveMessages).mapToInt(List::size).toArray()).containsExactly(1, 1, 0);
        JsonNode june = report("2027-06-01T00:00+08:00", "2027-07-01T00:00+08:00");
        assertThat(june.get("couponValue").decimalValue()).isEqualByComparingTo("20");

        at("2027-07-01T10:00");
        rules.run();
        assertThat(store.proactiveMessages(customers.get(2))).as("a new month, a new budget").hasSize(1);
    }

    @Test
    @Order(7)
    void aStalledParcelIsToldOncePerStallAboutItsLatestEvent() {
        at("2027-08-10T10:00");
        switchOn(Rule.STALLED_SHIPMENT, Map.of());
        String customer = store.customer();
        String orderId = store.shippedOrder(customer, now().minusDays(1), now().minusHours(1));

        rules.run();
        assertThat(store.proactiveMessages(customer)).as("moving an hour ago").isEmpty();
        clock.advance(Duration.ofHours(22).plusMinutes(59));
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("a minute short of the stall").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        rules.run();
        clock.advance(Duration.ofHours(5));
        rules.run();
        assertThat(store.proactiveMessages(customer)).hasSize(1);

        store.shipped(orderId, customer, now().minusDays(2), now().minusHours(28), now());
        clock.advance(STALL);
        rules.run();
        List<JsonNode> sent = store.proactiveMessages(customer);
        assertThat(sent).as("the parcel moved, then stalled again").hasSize(2);
        assertThat(sent.get(1).get("text").asString()).contains("杭州转运中心2");
    }

    @Test
    @Order(8)
    void aReminderReachesTheOpenConversationLiveAndCountsAsRepliedAndConverted() throws InterruptedException {
        at("2027-09-10T10:00");
        switchOn(Rule.UNPAID_ORDER, Map.of());
        String customer = store.customer();
        JsonNode opened = api.openAs(customer, Map.of("language", "en")).json();
        String conversation = opened.get("id").asString();
        String token = opened.get("customerToken").asString();
        OffsetDateTime created = now();
        String orderId = store.unpaidOrder(customer, created);
        double proactiveBefore = proactiveMeter();
        ApiClient.LiveFeed widget = api.live(conversation, token);

        clock.advance(UNPAID.minusMinutes(1));
        rules.run();
        assertThat(store.proactiveMessages(customer)).as("a minute early").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        rules.run();

        JsonNode messages = api.get("/api/v1/conversations/" + conversation, token).json().get("messages");
        JsonNode reminder = messages.get(messages.size() - 1);
        assertThat(reminder.get("text").asString()).contains(orderId, store.notebookName + " × 2", "¥25", "payment");
        JsonNode pushed = widget.next(frame -> "message".equals(frame.path("type").asString())
                && frame.path("message").path("id").asString().equals(reminder.get("id").asString()));
        assertThat(pushed).as("pushed to the open widget").isNotNull();
        widget.close();
        assertThat(proactiveMeter()).as("kefu.proactive.messages").isGreaterThan(proactiveBefore);

        clock.advance(Duration.ofMinutes(10));
        assertThat(api.post("/api/v1/conversations/" + conversation + "/messages", token, Map.of("text", "ok, paying now")).status())
            .isEqualTo(200);
        store.paid(orderId, customer, created, now());

        String from = "2027-09-01T00:00+08:00";
        String to = "2027-10-01T00:00+08:00";
        await(() -> report(from, to).get("replied").asLong() == 1);
        JsonNode report = report(from, to);
        JsonNode unpaid = byRule(report, "unpaid_order");
        assertThat(unpaid.get("sent").asLong()).isEqualTo(1);
        assertThat(unpaid.get("replied").asLong()).isEqualTo(1);
        assertThat(unpaid.get("converted").asLong()).isEqualTo(1);
        assertThat(report.get("sent").asLong()).isEqualTo(1);
    }

    @Test
    @Order(9)
    void onlyAdminsReadAndChangeTheRulesAndSupervisorsReadTheReport() {
        Desk desk = new Desk(api, store.suffix);
        desk.upsert(List.of(desk.agent("amy", "AGENT", List.of("general"), List.of("zh"), 3),
                desk.agent("sam", "SUPERVISOR", List.of("general"), List.of("zh"), 3),
                desk.agent("ada", "ADMIN", List.of("general"), List.of("zh"), 3)));
        String agent = desk.login("amy");
        String supervisor = desk.login("sam");
        String admin = desk.login("ada");
        String customer = api.openAs(store.customer(), Map.of()).json().get("customerToken").asString();
        Map<String, Object> change = Map.of("maxPerCustomerPerDay", 3);

        for (String token : new String[] { null, "not-a-token" }) {
            assertThat(api.get("/api/v1/outreach/rules", token).status()).isEqualTo(401);
            assertThat(api.put("/api/v1/outreach/rules", token, change).status()).isEqualTo(401);
            assertThat(api.get("/api/v1/analytics/proactive", token).status()).isEqualTo(401);
        }
        for (String token : List.of(customer, agent, supervisor)) {
            assertThat(api.get("/api/v1/outreach/rules", token).status()).isEqualTo(403);
            assertThat(api.put("/api/v1/outreach/rules", token, change).status()).isEqualTo(403);
        }
        for (String token : List.of(customer, agent)) {
            assertThat(api.get("/api/v1/analytics/proactive", token).status()).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/outreach/rules", admin).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/outreach/rules", ServiceTest.ADMIN).json().get("maxPerCustomerPerDay").asInt()).as("nothing changed")
            .isEqualTo(2);
        assertThat(api.put("/api/v1/outreach/rules", admin, change).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/analytics/proactive", supervisor).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/analytics/proactive", admin).status()).isEqualTo(200);
    }

    @Test
    @Order(10)
    void invalidRulesAre422NamingEachFieldAndChangeNothing() {
        ApiClient.Response response = api.put("/api/v1/outreach/rules", ServiceTest.ADMIN, Map.of(
                "stalledShipment", Map.of("enabled", true, "hours", 0),
                "serviceRecovery", Map.of("enabled", true, "couponValue", -5, "monthlyBudget", 100),
                "quietHours", Map.of("start", "25:00", "end", "8"),
                "maxPerCustomerPerDay", 0));

        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("stalledShipment.hours",
                "serviceRecovery.couponValue", "quietHours.start", "quietHours.end", "maxPerCustomerPerDay");
        JsonNode current = api.get("/api/v1/outreach/rules", ServiceTest.ADMIN).json();
        assertThat(current.get("stalledShipment").get("enabled").asBoolean()).isFalse();
        assertThat(current.get("maxPerCustomerPerDay").asInt()).isEqualTo(2);

        assertThat(api.get("/api/v1/analytics/proactive?from=yesterday", ServiceTest.ADMIN).status()).isEqualTo(400);
    }

    @Test
    @Order(11)
    void nodesEvaluatingTheRulesAtTheSameTimeSendEachMessageOnce() throws Exception {
        at("2027-10-12T10:00");
        switchOn(Rule.UNPAID_ORDER, Map.of());
        List<String> customers = List.of(store.customer(), store.customer(), store.customer());
        customers.forEach(customer -> occasionDueNow(Rule.UNPAID_ORDER, customer));

        // each thread stands for a node: one service, one database, the rules evaluated at the same moment
        try (var nodes = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var runs = java.util.stream.IntStream.range(0, 4).mapToObj(i -> nodes.submit(() -> {
                start.await();
                return rules.run();
            })).toList();
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        }

        customers.forEach(customer -> assertThat(store.proactiveMessages(customer)).as(customer).hasSize(1));
        assertThat(report("2027-10-01T00:00+08:00", "2027-11-01T00:00+08:00").get("sent").asLong()).isEqualTo(3);
    }

    // the store's side of an occasion

    /** Makes an occasion of the rule for the customer that is due at the clock's time; returns its order id, if any. */
    private String occasionDueNow(Rule rule, String customer) {
        return switch (rule) {
            case STALLED_SHIPMENT -> store.shippedOrder(customer, now().minus(STALL).minusDays(1), now().minus(STALL));
            case UNPAID_ORDER -> store.unpaidOrder(customer, now().minus(UNPAID));
            case SERVICE_RECOVERY -> {
                complainAndClose(customer);
                yield null;
            }
        };
    }

    private void complainAndClose(String customer) {
        JsonNode opened = api.openAs(customer, Map.of("language", "zh")).json();
        String id = opened.get("id").asString();
        String token = opened.get("customerToken").asString();
        JsonNode turn = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "我要投诉！你们的服务太差了，一直没人处理我的问题")).json();
        assertThat(turn.get("analysis").get("intent").asString()).as(turn.toString()).isEqualTo("complaint");
        assertThat(api.post("/api/v1/conversations/" + id + "/close", token, Map.of()).status()).isEqualTo(204);
        OffsetDateTime at = now();
        await(() -> complaints.resolvedBetween(at.minusMinutes(1), at).stream().anyMatch(resolved -> resolved.conversationId().equals(id)));
    }

    /** The customer's choice about proactive messages, made in a conversation of theirs as the widget does. */
    private void choose(String customer, boolean proactiveMessages) {
        JsonNode opened = api.openAs(customer, Map.of("language", "zh")).json();
        ApiClient.Response changed = api.put("/api/v1/conversations/" + opened.get("id").asString() + "/preferences",
                opened.get("customerToken").asString(), Map.of("proactiveMessages", proactiveMessages));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("proactiveMessages").asBoolean()).isEqualTo(proactiveMessages);
        assertThat(api.post("/api/v1/conversations/" + opened.get("id").asString() + "/close", opened.get("customerToken").asString(), Map.of())
            .status()).isEqualTo(204);
    }

    // the merchant's side

    private void switchOn(Rule rule, Map<String, Object> more) {
        Map<String, Object> change = new HashMap<>(Map.of("stalledShipment", Map.of("enabled", rule == Rule.STALLED_SHIPMENT, "hours", 24),
                "unpaidOrder", Map.of("enabled", rule == Rule.UNPAID_ORDER, "minutes", 30),
                "serviceRecovery", Map.of("enabled", rule == Rule.SERVICE_RECOVERY, "couponValue", 10, "monthlyBudget", 100),
                "quietHours", Map.of("start", "22:00", "end", "08:00"), "maxPerCustomerPerDay", 2));
        change.putAll(more);
        putRules(change);
    }

    private void putRules(Map<String, Object> change) {
        ApiClient.Response response = api.put("/api/v1/outreach/rules", ServiceTest.ADMIN, change);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private JsonNode report(String from, String to) {
        ApiClient.Response response = api.get("/api/v1/analytics/proactive?from=" + encode(from) + "&to=" + encode(to), ServiceTest.ADMIN);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode byRule(JsonNode report, String rule) {
        for (JsonNode figures : report.get("rules")) {
            if (figures.get("rule").asString().equals(rule)) {
                return figures;
            }
        }
        throw new AssertionError("no figures for " + rule + " in " + report);
    }

    private double proactiveMeter() {
        String metrics = api.get("/actuator/prometheus", ServiceTest.ADMIN).text();
        return metrics.lines().filter(line -> line.startsWith("kefu_proactive_messages_total{role=\"bot\"")).findFirst()
            .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }

    // time

    private void at(String storeLocalTime) {
        clock.set(LocalDateTime.parse(storeLocalTime).atZone(STORE_ZONE).toInstant());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), STORE_ZONE);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Waits for what the service writes after a conversation's transaction commits. */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
