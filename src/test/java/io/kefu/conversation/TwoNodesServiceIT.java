package io.kefu.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kefu.ApiClient;
import io.kefu.TwoNodes;
import tools.jackson.databind.JsonNode;

/**
 * Two Kefu nodes on one PostgreSQL and one Redis: a customer connected to node A sees live what
 * was posted through node B, and both nodes serve the same conversation.
 */
class TwoNodesServiceIT {

    private static TwoNodes nodes;

    @BeforeAll
    static void startNodes() {
        nodes = TwoNodes.start("node");
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Test
    void aMessagePostedOnOneNodeIsPushedToClientsOfTheOther() throws Exception {
        ApiClient a = nodes.a();
        ApiClient b = nodes.b();
        JsonNode conversation = a.post("/api/v1/conversations", null, Map.of("language", "en")).json();
        String id = conversation.get("id").asString();
        String token = conversation.get("customerToken").asString();
        ApiClient.LiveFeed liveOnA = a.live(id, token);

        JsonNode turn = b.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "talk to a human please")).json();

        JsonNode customer = liveOnA.next("message");
        assertThat(customer.get("message").get("text").asString()).isEqualTo("talk to a human please");
        assertThat(liveOnA.next("message").get("message").get("id").asString())
            .isEqualTo(turn.get("messages").get(0).get("id").asString());
        assertThat(liveOnA.next("state").get("state").get("mode").asString()).isEqualTo("queued");
        assertThat(a.get("/api/v1/conversations/" + id, token).json().get("mode").asString()).isEqualTo("queued");
        assertThat(a.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
        liveOnA.close();
    }
}
