package io.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kefu.ApiClient;
import io.kefu.TwoNodes;
import tools.jackson.databind.JsonNode;

/**
 * Trust item 6 on a cluster: two nodes on one PostgreSQL and one Redis share their rate limits,
 * so a flood spread over the nodes behind a load balancer gets no more than one node would give.
 */
class ClusterRateLimitsIT {

    private static TwoNodes nodes;

    @BeforeAll
    static void startNodes() {
        nodes = TwoNodes.start("limits");
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Test
    void aFloodSpreadOverTheNodesGetsOneBurst() throws Exception {
        // warm both nodes up first (pools, Redis connections, the first turn), so the flood arrives at once
        JsonNode warmUp = nodes.a().post("/api/v1/conversations", null, Map.of("language", "zh")).json();
        for (ApiClient node : List.of(nodes.a(), nodes.b())) {
            assertThat(node.post("/api/v1/conversations/" + warmUp.get("id").asString() + "/messages", warmUp.get("customerToken").asString(),
                    Map.of("text", "你好")).status()).isEqualTo(200);
        }
        JsonNode conversation = nodes.a().post("/api/v1/conversations", null, Map.of("language", "zh")).json();
        String path = "/api/v1/conversations/" + conversation.get("id").asString() + "/messages";
        String token = conversation.get("customerToken").asString();
        AtomicInteger turn = new AtomicInteger();

        List<ApiClient.Response> responses = Attacks.atOnce(24,
                () -> (turn.incrementAndGet() % 2 == 0 ? nodes.a() : nodes.b()).post(path, token, Map.of("text", "你好")));

        List<ApiClient.Response> refused = responses.stream().filter(response -> response.status() == 429).toList();
        assertThat(responses.size() - refused.size()).as("one burst for both nodes together").isBetween(10, 11);
        refused.forEach(response -> Attacks.assertProblem(response, 429, "flood over two nodes"));
        Attacks.record("floods (cluster)", refused.size());
    }

    @Test
    void wrongPasswordsCountOnEveryNode() {
        String username = "cluster-" + System.nanoTime();
        Attacks.agentToken(nodes.a(), username, "AGENT");
        for (int i = 1; i <= 10; i++) {
            ApiClient node = i % 2 == 0 ? nodes.a() : nodes.b();
            Attacks.assertProblem(node.post("/api/v1/auth/login", null, Map.of("username", username, "password", "guess-" + i)), 401,
                    "guess " + i);
        }
        Attacks.assertProblem(nodes.a().post("/api/v1/auth/login", null, Map.of("username", username, "password", "guess-11")), 429,
                "the eleventh guess, on either node");
        Attacks.record("floods (cluster)", 11);
    }
}
