package io.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Trust item 4: staff see what their role needs. An agent reads and writes a conversation only
 * while it is assigned to them or waits in a queue they serve (over REST and WebSocket alike);
 * supervisors and admins see all; nobody but the customer writes through the customer endpoints.
 * The agents stay offline throughout, so routing never hands them anything behind the test's back.
 */
@ServiceTest
class StaffScopeApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    TestStore store;
    String amy;
    String ben;
    String eve;
    String sue;
    Conversation botOnly;
    Conversation waiting;
    Conversation amys;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
        amy = Attacks.agentToken(api, "amy-" + store.suffix, "AGENT", List.of("zh"));
        ben = Attacks.agentToken(api, "ben-" + store.suffix, "AGENT", List.of("zh"));
        eve = Attacks.agentToken(api, "eve-" + store.suffix, "AGENT", List.of("en"));
        sue = Attacks.agentToken(api, "sue-" + store.suffix, "SUPERVISOR", List.of("zh", "en"));

        botOnly = open(store.alice);
        botOnly.say("我的订单 " + store.aliceShipped + " 到哪了");
        waiting = open(store.bob);
        waiting.say("转人工");
        amys = open(store.alice);
        amys.say("转人工");
        assertThat(api.post("/api/v1/agent/conversations/" + amys.id + "/accept", amy, Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/agent/conversations/" + amys.id + "/messages", amy,
                Map.of("text", "VIP 客户，注意语气", "internal", true)).status()).isEqualTo(201);
    }

    @Test
    void anAgentOpensNothingThatIsNotTheirs() {
        String amysPath = "/api/v1/conversations/" + amys.id;
        String botPath = "/api/v1/conversations/" + botOnly.id;
        String waitingPath = "/api/v1/conversations/" + waiting.id;
        List<Read> reads = List.of(
                new Read("a bot-only conversation", ben, botPath),
                new Read("a bot-only transcript", ben, botPath + "/messages"),
                new Read("another agent's conversation", ben, amysPath),
                new Read("another agent's transcript with internal notes", ben, amysPath + "/messages"),
                new Read("another agent's handoff card", ben, "/api/v1/agent/conversations/" + amys.id + "/card"),
                new Read("a conversation waiting in a queue she does not serve", eve, waitingPath),
                new Read("its handoff card", eve, "/api/v1/agent/conversations/" + waiting.id + "/card"));
        for (Read read : reads) {
            Attacks.assertProblem(api.get(read.path(), read.token()), 403, read.what());
        }
        List<Attacks.Attempt> writes = List.of(
                new Attacks.Attempt(amysPath + "/messages", ben, Map.of("text", "stored as the customer?")),
                new Attacks.Attempt(amysPath + "/close", ben, Map.of()),
                new Attacks.Attempt(amysPath + "/rating", ben, Map.of("score", 1)),
                new Attacks.Attempt("/api/v1/agent/conversations/" + amys.id + "/messages", ben, Map.of("text", "hi")),
                new Attacks.Attempt("/api/v1/agent/conversations/" + waiting.id + "/accept", eve, Map.of()));
        for (Attacks.Attempt write : writes) {
            Attacks.assertProblem(api.post(write.name(), write.token(), write.body()), 403, write.name());
        }
        List<String> sockets = List.of(
                "/ws/conversations/" + amys.id + "?token=" + ben,
                "/ws/conversations/" + botOnly.id + "?token=" + ben,
                "/ws/conversations/" + waiting.id + "?token=" + eve);
        for (String socket : sockets) {
            assertThat(api.handshake(socket)).as(socket).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/agent/queue", eve).json().findValuesAsString("conversationId"))
            .as("a queue she does not serve is not shown to her").doesNotContain(waiting.id);
        Attacks.record("staff scope", reads.size() + writes.size() + sockets.size() + 1);

        assertThat(api.get(amysPath, amy).text()).as("the assigned agent reads it, notes included").contains("注意语气");
        assertThat(api.get(waitingPath, ben).status()).as("a conversation waiting in a queue he serves").isEqualTo(200);
        assertThat(api.get("/api/v1/agent/queue", ben).json().findValuesAsString("conversationId")).contains(waiting.id);
        assertThat(api.handshake("/ws/conversations/" + amys.id + "?token=" + amy)).isEqualTo(101);
    }

    @Test
    void staffNeverSpeakAsTheCustomer() {
        String path = "/api/v1/conversations/" + amys.id;
        List<Attacks.Attempt> attempts = List.of(
                new Attacks.Attempt(path + "/messages", amy, Map.of("text", "我是客户")),
                new Attacks.Attempt(path + "/close", amy, Map.of()),
                new Attacks.Attempt(path + "/rating", amy, Map.of("score", 5)),
                new Attacks.Attempt(path + "/messages", sue, Map.of("text", "我是客户")),
                new Attacks.Attempt(path + "/messages", ServiceTest.ADMIN, Map.of("text", "我是客户")));
        for (Attacks.Attempt attempt : attempts) {
            Attacks.assertProblem(api.post(attempt.name(), attempt.token(), attempt.body()), 403, attempt.name());
        }
        Attacks.assertProblem(api.upload(path + "/attachments", amy, "x.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }), 403, "upload");
        Attacks.record("staff scope", attempts.size() + 1);

        JsonNode transcript = api.get(path, amys.token).json().get("messages");
        assertThat(transcript.findValuesAsString("text")).doesNotContain("我是客户");
        assertThat(api.get(path, amys.token).json().get("mode").asString()).isEqualTo("agent");
    }

    @Test
    void aWaitingCustomerIsAnnouncedOnlyToTheStaffWhoMayOpenIt() throws Exception {
        ApiClient.LiveFeed bensConsole = api.liveAt("/ws/agent?token=" + ben);
        ApiClient.LiveFeed evesConsole = api.liveAt("/ws/agent?token=" + eve);
        Conversation another = open(store.bob);
        another.say("转人工");

        assertThat(bensConsole.next(frame -> isQueueEntry(frame, another.id))).as("he serves the Chinese queue").isNotNull();
        Thread.sleep(1000);
        assertThat(evesConsole.drain()).as("she does not").noneMatch(frame -> isQueueEntry(frame, another.id));
        Attacks.record("staff scope", 1);
        bensConsole.close();
        evesConsole.close();
    }

    private static boolean isQueueEntry(JsonNode frame, String conversationId) {
        return "queue".equals(frame.path("type").asString()) && conversationId.equals(frame.path("entry").path("conversationId").asString());
    }

    @Test
    void supervisorsSeeEverything() {
        for (Conversation conversation : List.of(botOnly, waiting, amys)) {
            assertThat(api.get("/api/v1/conversations/" + conversation.id, sue).status()).isEqualTo(200);
            assertThat(api.handshake("/ws/conversations/" + conversation.id + "?token=" + sue)).isEqualTo(101);
        }
        assertThat(api.get("/api/v1/agent/conversations/" + amys.id + "/card", sue).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/agent/queue", sue).json().findValuesAsString("conversationId")).contains(waiting.id);
    }

    @Test
    void anAgentsViewEndsWhenTheConversationIsTransferred() throws Exception {
        ApiClient.LiveFeed amysFeed = api.live(amys.id, amy);
        ApiClient.Response transferred = api.post("/api/v1/agent/conversations/" + amys.id + "/transfer", amy,
                Map.of("toAgent", "ben-" + store.suffix));
        assertThat(transferred.status()).as(transferred.text()).isEqualTo(200);
        amys.say("还在吗");

        assertThat(amysFeed.closedByServer()).as("her live feed is closed").isEqualTo(1008);
        Attacks.assertProblem(api.get("/api/v1/conversations/" + amys.id, amy), 403, "read after the transfer");
        assertThat(api.get("/api/v1/conversations/" + amys.id, ben).status()).isEqualTo(200);
        Attacks.record("staff scope", 2);
    }

    private Conversation open(String customerId) {
        JsonNode created = api.openAs(customerId, Map.of("language", "zh")).json();
        return new Conversation(created.get("id").asString(), created.get("customerToken").asString());
    }

    private record Read(String what, String token, String path) {
    }

    private final class Conversation {

        final String id;
        final String token;

        Conversation(String id, String token) {
            this.id = id;
            this.token = token;
        }

        void say(String text) {
            ApiClient.Response turn = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", text));
            assertThat(turn.status()).as(turn.text()).isEqualTo(200);
        }
    }
}
