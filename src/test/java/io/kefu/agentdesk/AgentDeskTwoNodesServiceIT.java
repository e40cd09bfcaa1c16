package io.kefu.agentdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.kefu.ApiClient;
import io.kefu.KefuApplication;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/**
 * Two Kefu nodes on one PostgreSQL and one Redis: an agent whose console is connected to node A
 * hears live of a customer handed over on node B and of that customer's messages, and the two talk
 * across the nodes. Needs the services (run by the services profile with {@code KEFU_TEST_DB_URL}),
 * so it stays out of a plain run that names this package's tests.
 */
@EnabledIfEnvironmentVariable(named = "KEFU_TEST_DB_URL", matches = ".+")
class AgentDeskTwoNodesServiceIT {

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
        return new SpringApplicationBuilder(KefuApplication.class).profiles("postgres").run(
                "--server.port=0",
                "--spring.datasource.url=" + env("KEFU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kefu_ci"),
                "--spring.datasource.username=" + env("KEFU_TEST_DB_USER", "postgres"),
                "--kefu.data-dir=target/test-data/desk-node-" + name,
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
    void anAgentOnOneNodeServesACustomerOnTheOther() throws Exception {
        ApiClient a = client(nodeA);
        ApiClient b = client(nodeB);
        TestStore store = new TestStore(b).imported();
        Desk desk = new Desk(a, store.suffix);
        desk.upsert(List.of(desk.agent("nia", "AGENT", List.of(), List.of("zh"), 5)));
        String nia = desk.login("nia");
        ApiClient.LiveFeed console = a.liveAt("/ws/agent?token=" + nia);

        JsonNode conversation = b.post("/api/v1/conversations", null, Map.of("customerId", store.bob, "language", "zh")).json();
        String id = conversation.get("id").asString();
        String customer = conversation.get("customerToken").asString();
        ApiClient.LiveFeed customerLive = b.live(id, customer);
        assertThat(b.post("/api/v1/conversations/" + id + "/messages", customer, Map.of("text", "转人工")).status()).isEqualTo(200);
        assertThat(console.next(f -> "queue".equals(f.path("type").asString())
                && id.equals(f.path("entry").path("conversationId").asString()))).as("queue frame across nodes").isNotNull();

        assertThat(a.post("/api/v1/agent/conversations/" + id + "/accept", nia, Map.of()).status()).isEqualTo(200);
        assertThat(b.post("/api/v1/conversations/" + id + "/messages", customer, Map.of("text", "你好，在吗")).status()).isEqualTo(200);
        assertThat(console.next(f -> "message".equals(f.path("type").asString()) && id.equals(f.path("conversationId").asString())))
            .as("customer message across nodes").isNotNull();
        assertThat(a.post("/api/v1/agent/conversations/" + id + "/messages", nia, Map.of("text", "在的，请讲")).status()).isEqualTo(201);
        assertThat(customerLive.next(f -> "message".equals(f.path("type").asString())
                && "agent".equals(f.path("message").path("role").asString()))).as("agent message across nodes").isNotNull();
        desk.allOffline();
        console.close();
        customerLive.close();
    }
}
