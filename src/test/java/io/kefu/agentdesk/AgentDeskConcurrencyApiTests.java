package io.kefu.agentdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/**
 * 100 customers handed over at once while routing offers them to online agents and four agents
 * race to accept every one of them: each conversation ends up with exactly one agent, none is
 * lost, and no accept succeeds for two agents. Runs on H2 here and on PostgreSQL in the services run.
 */
@ServiceTest
class AgentDeskConcurrencyApiTests {

    private static final int CUSTOMERS = 100;
    private static final List<String> AGENTS = List.of("c1", "c2", "c3", "c4");

    @LocalServerPort
    int port;

    ApiClient api;
    Desk desk;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        desk = new Desk(api, new TestStore(api).imported().suffix);
    }

    @AfterEach
    void offline() {
        desk.allOffline();
    }

    @Test
    void parallelHandoffsAndAcceptsNeverAssignAConversationTwiceNorLoseOne() throws Exception {
        desk.upsert(AGENTS.stream().map(name -> desk.agent(name, "AGENT", List.of(), List.of("zh"), 100)).toList());
        Map<String, String> tokens = new HashMap<>();
        AGENTS.forEach(name -> tokens.put(name, desk.login(name)));
        // Two agents are online, so routing competes with the hand accepts of all four.
        desk.status(tokens.get("c1"), "ONLINE");
        desk.status(tokens.get("c2"), "ONLINE");

        List<String[]> conversations = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            JsonNode created = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
            conversations.add(new String[] { created.get("id").asString(), created.get("customerToken").asString() });
        }
        List<String> ids = conversations.stream().map(c -> c[0]).toList();

        Map<String, Set<String>> acceptedBy = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> handoffs = new ArrayList<>();
            for (String[] conversation : conversations) {
                handoffs.add(pool.submit(() -> api.post("/api/v1/conversations/" + conversation[0] + "/messages", conversation[1],
                        Map.of("text", "转人工")).status()));
            }
            List<Future<?>> agents = new ArrayList<>();
            for (String name : AGENTS) {
                agents.add(pool.submit(() -> acceptAll(name, tokens.get(name), ids, acceptedBy)));
            }
            for (Future<Integer> handoff : handoffs) {
                assertThat(handoff.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
            for (Future<?> agent : agents) {
                agent.get(120, TimeUnit.SECONDS);
            }
        }
        finally {
            pool.shutdownNow();
        }

        // No accept succeeded for two agents.
        acceptedBy.forEach((id, winners) -> assertThat(winners).as(id).hasSizeLessThanOrEqualTo(1));
        // Every conversation is with exactly one agent: the one whose accept succeeded, if any did.
        Map<String, String> holders = new HashMap<>();
        for (String name : AGENTS) {
            for (JsonNode held : api.get("/api/v1/agent/conversations", tokens.get(name)).json()) {
                String id = held.get("conversationId").asString();
                if (ids.contains(id)) {
                    assertThat(holders.put(id, desk.name(name))).as("held twice: " + id).isNull();
                }
            }
        }
        assertThat(holders.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        acceptedBy.forEach((id, winners) -> winners.forEach(winner -> assertThat(holders.get(id)).isEqualTo(desk.name(winner))));
        for (String id : ids) {
            JsonNode conversation = api.get("/api/v1/conversations/" + id, ServiceTest.ADMIN).json();
            assertThat(conversation.get("mode").asString()).isEqualTo("agent");
            long joined = new ArrayList<String>(conversation.get("messages").findValuesAsString("text")).stream()
                .filter(text -> text.contains("已接入")).count();
            assertThat(joined).as("agent joined messages of " + id).isEqualTo(1);
        }
    }

    @Test
    void aSupervisorTakingOverWhileTheCustomerAsksForAHumanNeverFails() throws Exception {
        desk.upsert(List.of(desk.agent("boss", "SUPERVISOR", List.of(), List.of("zh"), 100)));
        String boss = desk.login("boss");
        List<String[]> conversations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            JsonNode created = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
            conversations.add(new String[] { created.get("id").asString(), created.get("customerToken").asString() });
        }

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> customers = new ArrayList<>();
            List<Future<Integer>> takeovers = new ArrayList<>();
            for (String[] conversation : conversations) {
                customers.add(pool.submit(() -> api.post("/api/v1/conversations/" + conversation[0] + "/messages", conversation[1],
                        Map.of("text", "转人工")).status()));
                takeovers.add(pool.submit(() -> api.post("/api/v1/supervisor/conversations/" + conversation[0] + "/takeover", boss,
                        Map.of()).status()));
            }
            for (int i = 0; i < conversations.size(); i++) {
                assertThat(customers.get(i).get(60, TimeUnit.SECONDS)).as("customer " + i).isEqualTo(200);
                assertThat(takeovers.get(i).get(60, TimeUnit.SECONDS)).as("takeover " + i).isEqualTo(200);
            }
        }
        finally {
            pool.shutdownNow();
        }

        Set<String> held = new java.util.HashSet<>(api.get("/api/v1/agent/conversations", boss).json().findValuesAsString("conversationId"));
        for (String[] conversation : conversations) {
            assertThat(held).contains(conversation[0]);
            JsonNode view = api.get("/api/v1/conversations/" + conversation[0], ServiceTest.ADMIN).json();
            assertThat(view.get("mode").asString()).isEqualTo("agent");
        }
    }

    /** Accepts every conversation in its own random order until each is decided (200 or 409). */
    private Void acceptAll(String name, String token, List<String> ids, Map<String, Set<String>> acceptedBy) throws InterruptedException {
        List<String> open = new ArrayList<>(ids);
        Collections.shuffle(open);
        long deadline = System.currentTimeMillis() + 90_000;
        while (!open.isEmpty() && System.currentTimeMillis() < deadline) {
            List<String> retry = new ArrayList<>();
            for (String id : open) {
                int status = api.post("/api/v1/agent/conversations/" + id + "/accept", token, Map.of()).status();
                if (status == 200) {
                    acceptedBy.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet()).add(name);
                }
                else if (status == 404) {
                    retry.add(id); // not handed over yet
                }
                else {
                    assertThat(status).as("accept " + id).isEqualTo(409);
                }
            }
            open = retry;
            if (!open.isEmpty()) {
                Thread.sleep(50);
            }
        }
        assertThat(open).as("never handed over").isEmpty();
        return null;
    }

}
