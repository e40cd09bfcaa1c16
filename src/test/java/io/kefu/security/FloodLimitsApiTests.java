package io.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/**
 * Trust item 6: floods are refused, and transcripts come in bounded pages. The service runs behind
 * a (pretend) load balancer here: {@code server.forward-headers-strategy=native}, so each shopper
 * has a bucket of their own; without that setting a forwarded header is ignored ({@link Unconfigured}).
 * Its own context, so that its failed logins never throttle other tests' logins from this machine.
 */
@ServiceTest
@TestPropertySource(properties = { "server.forward-headers-strategy=native", "kefu.security.conversations-per-minute-per-client=3" })
class FloodLimitsApiTests {

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
    void aConversationTakesABurstOfTenThenRefusesWithRetryAfter() throws Exception {
        JsonNode flooded = open(api.forwardedFor("198.51.100.1"));
        JsonNode neighbour = open(api.forwardedFor("198.51.100.2"));
        String path = "/api/v1/conversations/" + flooded.get("id").asString() + "/messages";
        String token = flooded.get("customerToken").asString();

        List<ApiClient.Response> responses = Attacks.atOnce(25, () -> api.post(path, token, Map.of("text", "你好")));

        List<ApiClient.Response> refused = responses.stream().filter(response -> response.status() == 429).toList();
        assertThat(responses.size() - refused.size()).as("the burst").isBetween(10, 11);
        for (ApiClient.Response response : refused) {
            Attacks.assertProblem(response, 429, "flood");
            assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 2);
        }
        Attacks.record("floods", refused.size());
        assertThat(say(neighbour, "你好").status()).as("another conversation is not slowed down").isEqualTo(200);

        Thread.sleep(1000L * Integer.parseInt(refused.get(0).header("Retry-After")));
        assertThat(api.post(path, token, Map.of("text", "还在吗")).status()).as("after Retry-After the customer is let in").isEqualTo(200);
    }

    @Test
    void transcriptsAreReadAtMostTwoHundredMessagesAtATime() {
        String agent = Attacks.agentToken(api, "pat-" + store.suffix, "AGENT");
        JsonNode conversation = open(api);
        String id = conversation.get("id").asString();
        String customer = conversation.get("customerToken").asString();
        assertThat(say(conversation, "转人工").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/agent/conversations/" + id + "/accept", agent, Map.of()).status()).isEqualTo(200);
        // an agent's messages are not rate-limited: a long transcript in seconds, internal notes in between
        for (int i = 1; i <= 240; i++) {
            ApiClient.Response sent = api.post("/api/v1/agent/conversations/" + id + "/messages", agent,
                    Map.of("text", "第 " + i + " 条", "internal", i % 10 == 0));
            assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        }

        JsonNode latest = api.get("/api/v1/conversations/" + id, customer).json().get("messages");
        assertThat(latest).hasSize(200);
        assertThat(latest.get(199).get("text").asString()).isEqualTo("第 239 条");
        assertThat(latest.findValuesAsString("text")).noneMatch(text -> text.equals("第 240 条") || text.equals("第 230 条"));

        List<JsonNode> paged = new ArrayList<>();
        String after = null;
        for (JsonNode page; !(page = page(id, customer, after, 80)).isEmpty(); after = page.get(page.size() - 1).get("id").asString()) {
            assertThat(page.size()).isLessThanOrEqualTo(80);
            page.forEach(paged::add);
        }
        List<String> agentTexts = paged.stream().map(message -> message.get("text").asString()).filter(text -> text.startsWith("第 ")).toList();
        List<String> expected = java.util.stream.IntStream.rangeClosed(1, 240).filter(i -> i % 10 != 0).mapToObj(i -> "第 " + i + " 条").toList();
        assertThat(agentTexts).as("every message the customer may see, once, oldest first").containsExactlyElementsOf(expected);
        assertThat(paged.subList(paged.size() - 200, paged.size()).stream().map(message -> message.get("id").asString()).toList())
            .as("the conversation's latest 200 are the transcript's last 200")
            .containsExactlyElementsOf(latest.findValuesAsString("id"));

        Attacks.assertProblem(api.get("/api/v1/conversations/" + id + "/messages?limit=1000", customer), 400, "a page of 1000");
        Attacks.assertProblem(api.get("/api/v1/conversations/" + id + "/messages?limit=0", customer), 400, "a page of none");
        Attacks.record("floods", 3);
    }

    @Test
    void wrongPasswordsAreThrottledPerUserWhereverTheyComeFrom() {
        String username = "lou-" + store.suffix;
        Attacks.agentToken(api, username, "AGENT");
        for (int i = 1; i <= 10; i++) {
            Attacks.assertProblem(login(api.forwardedFor("203.0.113." + i), username, "guess-" + i), 401, "guess " + i);
        }
        ApiClient.Response throttled = login(api.forwardedFor("203.0.113.11"), username, "guess-11");
        Attacks.assertProblem(throttled, 429, "the eleventh guess");
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
        Attacks.assertProblem(login(api.forwardedFor("203.0.113.12"), username, Attacks.PASSWORD), 429,
                "the right password once throttled, so a lucky guess looks like any other");
        Attacks.record("floods", 12);
    }

    @Test
    void failedLoginsAreThrottledPerClientAddress() {
        String colleague = "kim-" + store.suffix;
        Attacks.agentToken(api, colleague, "AGENT");
        ApiClient attacker = api.forwardedFor("192.0.2.66");
        for (int i = 1; i <= 30; i++) {
            Attacks.assertProblem(login(attacker, "nobody-" + i + "-" + store.suffix, "guess"), 401, "name " + i);
        }
        Attacks.assertProblem(login(attacker, "nobody-31-" + store.suffix, "guess"), 429, "the 31st failure from one address");
        Attacks.assertProblem(login(attacker, colleague, Attacks.PASSWORD), 429, "any login from that address");
        assertThat(login(api.forwardedFor("192.0.2.67"), colleague, Attacks.PASSWORD).status())
            .as("a colleague behind the same load balancer").isEqualTo(200);
        Attacks.record("floods", 32);
    }

    @Test
    void eachShopperBehindTheLoadBalancerHasABucketOfTheirOwn() {
        ApiClient shopper = api.forwardedFor("100.64.0.1");
        for (int i = 0; i < 3; i++) {
            open(shopper);
        }
        Attacks.assertProblem(shopper.post("/api/v1/conversations", null, Map.of()), 429, "a fourth conversation in a minute");
        open(api.forwardedFor("100.64.0.2"));
        Attacks.record("floods", 1);
    }

    /** A load test or the merchant's backend lifts the limit with the admin token; no other token does. */
    @Test
    void onlyTheAdminTokenOpensBeyondTheLimitOfAnAddress() {
        ApiClient loadTest = api.forwardedFor("100.64.1.1");
        for (int i = 0; i < 10; i++) {
            ApiClient.Response opened = loadTest.post("/api/v1/conversations", ServiceTest.ADMIN, Map.of("language", "zh"));
            assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        }
        ApiClient shopper = api.forwardedFor("100.64.1.2");
        for (int i = 0; i < 3; i++) {
            open(shopper);
        }
        Attacks.assertProblem(shopper.post("/api/v1/conversations", null, Map.of()), 429, "a fourth conversation without a token");
        Attacks.assertProblem(shopper.post("/api/v1/conversations", ServiceTest.ADMIN + "x", Map.of()), 429,
                "a fourth conversation with a token that is not the admin's");
        String agent = Attacks.agentToken(api, "ann-" + store.suffix, "ADMIN");
        Attacks.assertProblem(shopper.post("/api/v1/conversations", agent, Map.of()), 429,
                "a fourth conversation with an agent's token, even an administrator's");
        Attacks.record("floods", 3);
    }

    private static ApiClient.Response login(ApiClient client, String username, String password) {
        return client.post("/api/v1/auth/login", null, Map.of("username", username, "password", password));
    }

    private JsonNode page(String id, String token, String after, int limit) {
        ApiClient.Response response = api.get("/api/v1/conversations/" + id + "/messages?limit=" + limit
                + (after == null ? "" : "&after=" + after), token);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private JsonNode open(ApiClient client) {
        ApiClient.Response opened = client.post("/api/v1/conversations", null, Map.of("language", "zh"));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.json();
    }

    private ApiClient.Response say(JsonNode conversation, String text) {
        return api.post("/api/v1/conversations/" + conversation.get("id").asString() + "/messages",
                conversation.get("customerToken").asString(), Map.of("text", text));
    }

    /** Without the setting, a forwarded header is just a header: it buys nobody a fresh bucket. */
    @Nested
    @TestPropertySource(properties = "server.forward-headers-strategy=none")
    class Unconfigured {

        @LocalServerPort
        int unconfiguredPort;

        @Test
        void aForwardedAddressIsIgnored() {
            ApiClient direct = new ApiClient(unconfiguredPort);
            for (int i = 1; i <= 3; i++) {
                assertThat(direct.forwardedFor("198.18.0." + i).post("/api/v1/conversations", null, Map.of()).status()).isEqualTo(201);
            }
            Attacks.assertProblem(direct.forwardedFor("198.18.0.4").post("/api/v1/conversations", null, Map.of()), 429,
                    "a made-up forwarded address");
            Attacks.record("floods", 1);
        }
    }
}
