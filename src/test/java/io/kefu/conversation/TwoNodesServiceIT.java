package io.kefu.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.kefu.ApiClient;
import io.kefu.KefuApplication;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Two Kefu nodes on one PostgreSQL and one Redis: a customer connected to node A sees live what
 * was posted through node B, and both nodes serve the same conversation.
 */
class TwoNodesServiceIT {

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startNodes() {
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    private static ConfigurableApplicationContext node(String name) {
        // Arguments, not default properties: they must win over the postgres profile's settings.
        return new SpringApplicationBuilder(KefuApplication.class).profiles("postgres").run(
                "--server.port=0",
                "--spring.datasource.url=" + env("KEFU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kefu_ci"),
                "--spring.datasource.username=" + env("KEFU_TEST_DB_USER", "postgres"),
                "--kefu.data-dir=target/test-data/node-" + name,
                "--kefu.security.admin-token=" + ServiceTest.ADMIN);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static ApiClient client(ConfigurableApplicationContext node) {
        return new ApiClient(((WebServerApplicationContext) node).getWebServer().getPort());
    }

    @Test
    void aMessagePostedOnOneNodeIsPushedToClientsOfTheOther() throws Exception {
        ApiClient a = client(nodeA);
        ApiClient b = client(nodeB);
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
