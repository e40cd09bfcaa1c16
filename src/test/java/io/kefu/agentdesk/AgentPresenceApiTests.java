package io.kefu.agentdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.kefu.ApiClient;
import io.kefu.Eventually;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/**
 * Time on the desk, with the timings shortened: login tokens expire, agents who miss heartbeats go
 * offline and their customers to a colleague, and a customer who goes quiet on an agent is reminded, then the conversation closes. The context is
 * closed afterwards so its short timings never act on other tests' conversations.
 */
@ServiceTest
@TestPropertySource(properties = { "kefu.agentdesk.tick=200ms", "kefu.agentdesk.heartbeat-timeout=1500ms",
        "kefu.agentdesk.idle-reminder=1s", "kefu.agentdesk.idle-close=1s", "kefu.agentdesk.token-lifetime=8s" })
@DirtiesContext
class AgentPresenceApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    TestStore store;
    Desk desk;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
        desk = new Desk(api, store.suffix);
    }

    @AfterEach
    void offline() {
        desk.allOffline();
    }

    @Test
    void agentsWhoMissHeartbeatsGoOffline() throws Exception {
        desk.upsert(List.of(desk.agent("quiet", "AGENT", List.of(), List.of("zh"), 3), desk.agent("alive", "AGENT", List.of(), List.of("zh"), 3)));
        String quiet = desk.login("quiet");
        String alive = desk.login("alive");
        desk.status(quiet, "ONLINE");
        desk.status(alive, "ONLINE");
        for (int i = 0; i < 12; i++) {
            Thread.sleep(250);
            assertThat(api.post("/api/v1/agent/heartbeat", alive, Map.of()).status()).isEqualTo(204);
        }
        JsonNode agents = api.get("/api/v1/agents", ServiceTest.ADMIN).json();
        assertThat(statusOf(agents, desk.name("quiet"))).isEqualTo("OFFLINE");
        assertThat(statusOf(agents, desk.name("alive"))).isEqualTo("ONLINE");
    }

    @Test
    void theCustomersOfAnAgentWhoMissesHeartbeatsGoToAColleague() throws Exception {
        desk.upsert(List.of(desk.agent("vanished", "AGENT", List.of(), List.of("zh"), 3), desk.agent("present", "AGENT", List.of(), List.of("zh"), 3)));
        String vanished = desk.login("vanished");
        desk.status(vanished, "ONLINE");
        JsonNode conversation = api.openAs(store.bob, Map.of("language", "zh")).json();
        String id = conversation.get("id").asString();
        String customer = conversation.get("customerToken").asString();
        assertThat(api.post("/api/v1/conversations/" + id + "/messages", customer, Map.of("text", "转人工")).status()).isEqualTo(200);
        for (int i = 0; i < 20 && AgentDeskApiTests.find(api.get("/api/v1/agent/conversations", vanished).json(), id) == null; i++) {
            Thread.sleep(100);
            api.post("/api/v1/agent/heartbeat", vanished, Map.of());
        }
        assertThat(AgentDeskApiTests.find(api.get("/api/v1/agent/conversations", vanished).json(), id)).isNotNull();

        String present = desk.login("present");
        desk.status(present, "ONLINE");
        for (int i = 0; i < 12; i++) {
            Thread.sleep(250);
            assertThat(api.post("/api/v1/agent/heartbeat", present, Map.of()).status()).isEqualTo(204);
        }
        assertThat(AgentDeskApiTests.find(api.get("/api/v1/agent/conversations", present).json(), id)).isNotNull();
        List<String> actions = api.get("/api/v1/supervisor/audit?conversationId=" + id, ServiceTest.ADMIN).json().findValuesAsString("action");
        assertThat(actions).contains("requeue_absent_agent");
    }

    @Test
    void loginTokensExpire() throws Exception {
        desk.upsert(List.of(desk.agent("brief", "AGENT", List.of(), List.of("zh"), 3)));
        String token = desk.login("brief");
        assertThat(api.get("/api/v1/agent/queue", token).status()).isEqualTo(200);
        Thread.sleep(8_500);
        assertThat(api.get("/api/v1/agent/queue", token).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/agent/queue", desk.login("brief")).status()).isEqualTo(200);
    }

    @Test
    void aQuietCustomerIsRemindedThenTheConversationCloses() throws Exception {
        desk.upsert(List.of(desk.agent("patient", "AGENT", List.of(), List.of("zh"), 3)));
        String agent = desk.login("patient");
        JsonNode conversation = api.openAs(store.bob, Map.of("language", "zh")).json();
        String id = conversation.get("id").asString();
        String customer = conversation.get("customerToken").asString();
        assertThat(api.post("/api/v1/conversations/" + id + "/messages", customer, Map.of("text", "转人工")).status()).isEqualTo(200);
        ApiClient.LiveFeed live = api.live(id, customer);
        assertThat(api.post("/api/v1/agent/conversations/" + id + "/accept", agent, Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/agent/conversations/" + id + "/messages", agent, Map.of("text", "请问还有什么可以帮您？")).status())
            .isEqualTo(201);

        JsonNode reminder = live.next(f -> AgentDeskApiTests.isMessage(f, "system") && f.get("message").get("text").asString().contains("还在"));
        assertThat(reminder).isNotNull();
        assertThat(live.next(f -> AgentDeskApiTests.isState(f, "closed"))).isNotNull();
        assertThat(AgentDeskApiTests.find(api.get("/api/v1/agent/conversations", agent).json(), id)).isNull();
        // the audit entry is written after the close is told to the customer
        List<String> actions = Eventually.read(() -> api.get("/api/v1/supervisor/audit?conversationId=" + id, ServiceTest.ADMIN).json()
            .findValuesAsString("action"), found -> found.contains("idle_close"));
        assertThat(actions).contains("idle_reminder", "idle_close");
        live.close();
    }

    private static String statusOf(JsonNode agents, String username) {
        for (JsonNode agent : agents) {
            if (username.equals(agent.get("username").asString())) {
                return agent.get("status").asString();
            }
        }
        return null;
    }
}
