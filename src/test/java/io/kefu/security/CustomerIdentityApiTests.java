package io.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/**
 * Trust item 1: nobody talks to the bot as another shopper. A customerId is taken only with its
 * customerHash (HMAC-SHA256 with the identity secret, computed by the merchant's server) or the
 * admin token; otherwise 401 and nothing is opened.
 */
@ServiceTest
class CustomerIdentityApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    TestStore store;
    String agentToken;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
        agentToken = Attacks.agentToken(api, "ida-" + store.suffix, "AGENT");
    }

    @Test
    void aCustomerIdWithoutProofOpensNothing() {
        List<Attacks.Attempt> attempts = List.of(
                new Attacks.Attempt("no hash", null, Map.of("customerId", store.alice)),
                new Attacks.Attempt("another shopper's hash", null,
                        Map.of("customerId", store.alice, "customerHash", ApiClient.customerHash(store.bob))),
                new Attacks.Attempt("signed with another secret", null,
                        Map.of("customerId", store.alice, "customerHash", ApiClient.hmacSha256Hex("not-the-secret", store.alice))),
                new Attacks.Attempt("truncated hash", null,
                        Map.of("customerId", store.alice, "customerHash", ApiClient.customerHash(store.alice).substring(0, 32))),
                new Attacks.Attempt("empty hash", null, Map.of("customerId", store.alice, "customerHash", "")),
                new Attacks.Attempt("plain SHA-256 of the id", null,
                        Map.of("customerId", store.alice, "customerHash", sha256(store.alice))),
                new Attacks.Attempt("an agent's token instead of proof", agentToken, Map.of("customerId", store.alice)),
                new Attacks.Attempt("another conversation's customer token", anonymousToken(), Map.of("customerId", store.alice)));

        for (Attacks.Attempt attempt : attempts) {
            ApiClient.Response response = api.post("/api/v1/conversations", attempt.token(), attempt.body());
            Attacks.assertProblem(response, 401, attempt.name());
        }
        Attacks.record("identity", attempts.size());

        JsonNode live = api.get("/api/v1/supervisor/conversations", ServiceTest.ADMIN).json();
        assertThat(live.findValuesAsString("customerId")).as("no conversation was opened for the shopper").doesNotContain(store.alice);
    }

    @Test
    void aSignedShopperTalksAboutTheirOwnOrders() {
        ApiClient.Response signed = api.openAs(store.alice, Map.of("language", "zh"));
        assertThat(signed.status()).as(signed.text()).isEqualTo(201);
        String reply = say(signed.json(), "我的订单 " + store.aliceShipped + " 到哪了");
        assertThat(reply).contains("SF" + store.suffix);

        ApiClient.Response upperCase = api.post("/api/v1/conversations", null,
                Map.of("customerId", store.alice, "customerHash", ApiClient.customerHash(store.alice).toUpperCase()));
        assertThat(upperCase.status()).as("hex is hex, whatever its case").isEqualTo(201);
    }

    @Test
    void theMerchantsBackendOpensWithTheAdminToken() {
        ApiClient.Response backend = api.post("/api/v1/conversations", ServiceTest.ADMIN, Map.of("customerId", store.bob));
        assertThat(backend.status()).as(backend.text()).isEqualTo(201);
        assertThat(api.get("/api/v1/conversations/" + backend.json().get("id").asString(), ServiceTest.ADMIN).json()
            .get("customerId").asString()).isEqualTo(store.bob);
    }

    @Test
    void visitorsNeedNoProofAndAProvenUnknownIdIsNotFound() {
        assertThat(api.post("/api/v1/conversations", null, Map.of("language", "en")).status()).isEqualTo(201);
        Attacks.assertProblem(api.openAs("nobody-" + store.suffix, Map.of()), 404, "proven but unknown");
    }

    private String say(JsonNode conversation, String text) {
        ApiClient.Response turn = api.post("/api/v1/conversations/" + conversation.get("id").asString() + "/messages",
                conversation.get("customerToken").asString(), Map.of("text", text));
        assertThat(turn.status()).as(turn.text()).isEqualTo(200);
        return turn.json().get("messages").get(0).get("text").asString();
    }

    private String anonymousToken() {
        return api.post("/api/v1/conversations", null, Map.of()).json().get("customerToken").asString();
    }

    private static String sha256(String message) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
