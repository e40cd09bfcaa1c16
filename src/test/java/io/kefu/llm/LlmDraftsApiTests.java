package io.kefu.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import io.kefu.agentdesk.Desk;
import io.kefu.knowledge.Candidate;
import io.kefu.knowledge.KnowledgeCuration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The model's drafts for staff (issue 22, use 3) against the fake OpenAI server: a handoff summary
 * on the agent's card and a mined FAQ candidate's answer, each dropped (template summary, agent's
 * answer) when the model invents a fact or is too slow, and never delaying the customer's turn.
 */
@ServiceTest
class LlmDraftsApiTests {

    static final FakeOpenAi MODEL = FakeOpenAi.started();
    static final String SUMMARY_PROMPT = "brief the human agent";
    static final String KNOWLEDGE_PROMPT = "answer of an FAQ entry";

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        MODEL.register(registry, "kefu-llm-drafts");
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KnowledgeCuration curation;

    ApiClient api;
    TestStore store;
    Desk desk;
    String supervisor;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
        desk = new Desk(api, store.suffix);
        desk.upsert(List.of(desk.agent("amy", "AGENT", List.of("logistics", "aftersales", "general"), List.of("zh", "en"), 20),
                desk.agent("sue", "SUPERVISOR", List.of(), List.of("zh", "en"), 5)));
        supervisor = desk.login("sue");
        MODEL.forget();
    }

    @AfterEach
    void offline() {
        desk.allOffline();
    }

    @Test
    void aHandoffSummaryIsDraftedFromTheTranscriptAndShownOnTheCardBesideTheTemplate() {
        MODEL.answer(request -> request.system().contains(SUMMARY_PROMPT)
                ? FakeOpenAi.Answer.text("客户查询订单" + store.aliceShipped + "的物流进度，机器人已告知物流信息，客户仍要求人工。")
                : FakeOpenAi.Answer.text("UNKNOWN"));

        String id = handedOver();

        JsonNode card = eventually(() -> Optional.of(card(id)).filter(LlmDraftsApiTests::hasModelSummary));
        assertThat(card.get("modelSummary").get("text").asString()).startsWith("客户查询订单" + store.aliceShipped);
        assertThat(card.get("modelSummary").get("draftedBy").asString()).isEqualTo(FakeOpenAi.MODEL);
        assertThat(card.get("summary").asString()).as("the template summary stays").contains(store.aliceShipped).startsWith("客户希望");
        FakeOpenAi.Request sent = summaryRequests().getFirst();
        assertThat(sent.user()).as("the transcript travels as the user message, masked").contains("customer: 我的订单", "转人工")
            .doesNotContain("王小丽");
        assertThat(sent.system()).contains("[order " + store.aliceShipped + "]").doesNotContain("转人工");
        card(id);
        assertThat(summaryRequests()).as("drafted once, not on every view").hasSize(1);
    }

    @Test
    void aSummaryStatingANumberTheConversationDoesNotIsNotShown() {
        MODEL.answer(request -> request.system().contains(SUMMARY_PROMPT)
                ? FakeOpenAi.Answer.text("客户查询订单" + store.aliceShipped + "，要求退款8888元。")
                : FakeOpenAi.Answer.text("UNKNOWN"));
        double before = fallbacks("handoff_summary", "unsupported_fact");

        String id = handedOver();

        eventually(() -> Optional.of(fallbacks("handoff_summary", "unsupported_fact")).filter(count -> count > before));
        JsonNode card = card(id);
        assertThat(hasModelSummary(card)).as(card.toString()).isFalse();
        assertThat(card.get("summary").asString()).contains(store.aliceShipped);
    }

    @Test
    void aModelTooSlowLeavesTheTemplateSummaryAndNeverDelaysTheHandoff() {
        MODEL.answer(request -> request.system().contains(SUMMARY_PROMPT)
                ? FakeOpenAi.Answer.text("客户查询订单" + store.aliceShipped + "的物流。", Duration.ofSeconds(4))
                : FakeOpenAi.Answer.text("UNKNOWN"));
        double before = fallbacks("handoff_summary", "timeout");
        Chat chat = Chat.of(api, store.alice, "zh");
        chat.say("我的订单 " + store.aliceShipped + " 到哪了");

        long started = System.nanoTime();
        JsonNode handover = chat.say("转人工");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(handover.get("state").get("mode").asString()).isEqualTo("queued");
        assertThat(took).as("the handoff turn does not wait for the model's 1.5 s budget").isLessThan(Duration.ofMillis(1500));
        eventually(() -> Optional.of(fallbacks("handoff_summary", "timeout")).filter(count -> count > before));
        JsonNode card = card(chat.id());
        assertThat(hasModelSummary(card)).as(card.toString()).isFalse();
        assertThat(card.get("summary").asString()).contains(store.aliceShipped);
    }

    @Test
    void aMinedCandidatesAnswerIsDraftedFromTheAgentsRepliesAndStillWaitsForApproval() {
        String question = "礼盒包装要加钱吗" + store.suffix;
        MODEL.answer(request -> request.system().contains(KNOWLEDGE_PROMPT) ? FakeOpenAi.Answer.text("礼盒包装免费，下单时备注即可。")
                : FakeOpenAi.Answer.text("UNKNOWN"));
        String id = resolved(question, "您好，礼盒包装是免费的。", "下单时在备注里写上礼盒包装就可以。");

        Candidate candidate = eventually(() -> curation.pending().stream()
            .filter(c -> id.equals(c.sourceConversationId()) && c.draftedBy() != null).findFirst());
        assertThat(candidate.answer()).isEqualTo("礼盒包装免费，下单时备注即可。");
        assertThat(candidate.draftedBy()).isEqualTo(FakeOpenAi.MODEL);
        assertThat(candidate.agentAnswer()).isEqualTo("下单时在备注里写上礼盒包装就可以。");
        assertThat(candidate.status()).as("a supervisor still decides").isEqualTo("PENDING");
        FakeOpenAi.Request sent = MODEL.requests().stream().filter(r -> r.system().contains(KNOWLEDGE_PROMPT)).findFirst().orElseThrow();
        assertThat(sent.user()).isEqualTo(question);
        assertThat(sent.system()).contains("礼盒包装是免费的", "写上礼盒包装就可以");

        ApiClient.Response page = api.get("/knowledge/fragments/candidates", ServiceTest.ADMIN);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.text()).as("the supervisor sees who drafted it, and the agent's words").contains(FakeOpenAi.MODEL,
                "下单时在备注里写上礼盒包装就可以。");
    }

    @Test
    void aCandidateDraftInventingAFactLeavesTheAgentsAnswer() {
        MODEL.answer(request -> request.system().contains(KNOWLEDGE_PROMPT) ? FakeOpenAi.Answer.text("礼盒包装只需加收5元。")
                : FakeOpenAi.Answer.text("UNKNOWN"));
        double before = fallbacks("knowledge_draft", "unsupported_fact");

        String id = resolved("礼盒包装要加钱吗" + store.suffix, "礼盒包装是免费的，下单时备注即可。");

        eventually(() -> Optional.of(fallbacks("knowledge_draft", "unsupported_fact")).filter(count -> count > before));
        Candidate candidate = curation.pending().stream().filter(c -> id.equals(c.sourceConversationId())).findFirst().orElseThrow();
        assertThat(candidate.answer()).isEqualTo("礼盒包装是免费的，下单时备注即可。");
        assertThat(candidate.draftedBy()).isNull();
        assertThat(candidate.agentAnswer()).isNull();
    }

    /** A customer handed to Amy asks {@code question}; she answers with {@code replies} and resolves. */
    private String resolved(String question, String... replies) {
        Chat chat = Chat.of(api, store.alice, "zh");
        chat.say("转人工");
        String amy = desk.login("amy");
        desk.status(amy, "ONLINE");
        ApiClient.Response accepted = api.post("/api/v1/agent/conversations/" + chat.id() + "/accept", amy, Map.of());
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        chat.say(question);
        for (String reply : replies) {
            agentSays(amy, chat.id(), reply);
        }
        ApiClient.Response resolved = api.post("/api/v1/agent/conversations/" + chat.id() + "/resolve", amy, Map.of());
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        return chat.id();
    }

    /** Alice asks about her shipped order, then for a human. */
    private String handedOver() {
        Chat chat = Chat.of(api, store.alice, "zh");
        chat.say("我的订单 " + store.aliceShipped + " 到哪了");
        assertThat(chat.say("转人工").get("state").get("mode").asString()).isEqualTo("queued");
        return chat.id();
    }

    private void agentSays(String token, String id, String text) {
        ApiClient.Response posted = api.post("/api/v1/agent/conversations/" + id + "/messages", token, Map.of("text", text));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
    }

    private JsonNode card(String id) {
        ApiClient.Response card = api.get("/api/v1/agent/conversations/" + id + "/card", supervisor);
        assertThat(card.status()).as(card.text()).isEqualTo(200);
        return card.json();
    }

    private static boolean hasModelSummary(JsonNode card) {
        return !card.path("modelSummary").isNull() && !card.path("modelSummary").isMissingNode();
    }

    private List<FakeOpenAi.Request> summaryRequests() {
        return MODEL.requests().stream().filter(r -> r.system().contains(SUMMARY_PROMPT)).toList();
    }

    private double fallbacks(String use, String cause) {
        Counter counter = meters.find("kefu.llm.fallbacks").tag("use", use).tag("cause", cause).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The background drafts land within seconds; polls rather than sleeping for the worst case. */
    private static <T> T eventually(Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            assertThat(System.nanoTime()).as("nothing arrived within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
