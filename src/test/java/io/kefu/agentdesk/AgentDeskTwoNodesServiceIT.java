package io.kefu.agentdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.kefu.ApiClient;
import io.kefu.TwoNodes;
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

    private static TwoNodes nodes;

    @BeforeAll
    static void startNodes() {
        nodes = TwoNodes.start("desk-node");
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Test
    void anAgentOnOneNodeServesACustomerOnTheOther() throws Exception {
        ApiClient a = nodes.a();
        ApiClient b = nodes.b();
        TestStore store = new TestStore(b).imported();
        Desk desk = new Desk(a, store.suffix);
        desk.upsert(List.of(desk.agent("nia", "AGENT", List.of(), List.of("zh"), 5)));
        String nia = desk.login("nia");
        ApiClient.LiveFeed console = a.liveAt("/ws/agent?token=" + nia);

        JsonNode conversation = b.openAs(store.bob, Map.of("language", "zh")).json();
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
