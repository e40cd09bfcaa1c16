package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.Decision;
import io.kefu.dialogue.DialoguePolicy;
import io.kefu.dialogue.DialogueTurn;
import io.kefu.dialogue.HandoffQueue;
import io.kefu.dialogue.HandoffRequest;
import io.kefu.dialogue.QueueEstimate;
import io.kefu.dialogue.Reply;
import io.kefu.knowledge.KnowledgeAnswer;
import io.kefu.knowledge.KnowledgeBase;
import io.kefu.nlu.Understanding;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first dialogue policy: hands over on the first request for a human, answers order and
 * logistics questions from live orders, FAQ questions from the knowledge base, and admits what it
 * cannot do, offering a human after two misses in a row. Flows and the full set of actions come
 * with the dialogue module proper.
 */
@Component
class BasicPolicy implements DialoguePolicy {

    private static final int FALLBACKS_BEFORE_OFFERING_HUMAN = 2;

    private final Phrases phrases;
    private final OrderAnswers orders;
    private final KnowledgeBase knowledge;
    private final HandoffQueue queue;
    private final StoreSettingsService settings;
    private final JsonMapper json;

    BasicPolicy(Phrases phrases, OrderAnswers orders, KnowledgeBase knowledge, HandoffQueue queue,
            StoreSettingsService settings, JsonMapper json) {
        this.phrases = phrases;
        this.orders = orders;
        this.knowledge = knowledge;
        this.queue = queue;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public Reply greet(String language, String customerId) {
        return Reply.of(phrases.say("greeting", language, settings.current().storeName()), quickMenu(language));
    }

    @Override
    public Decision decide(DialogueTurn turn) {
        DialogueState state = turn.state() == null ? DialogueState.INITIAL : json.readValue(turn.state(), DialogueState.class);
        Understanding understanding = turn.understanding();
        String language = turn.language();
        return switch (understanding.intent()) {
            case "human_agent" -> handOver(turn, state, new HandoffRequest("customer_request", 1));
            case "greeting" -> say(state, Reply.of(phrases.sayOtherThan(state.lastReply(), "hello", language), quickMenu(language)));
            case "thanks" -> say(state, Reply.of(phrases.sayOtherThan(state.lastReply(), "welcome", language), List.of()));
            case "goodbye" -> say(state, Reply.of(phrases.sayOtherThan(state.lastReply(), "bye", language), List.of()));
            case "order_status", "logistics" -> aboutOrder(turn, state);
            default -> fromKnowledgeOrFallback(turn, state);
        };
    }

    private Decision aboutOrder(DialogueTurn turn, DialogueState state) {
        String mentioned = (String) turn.understanding().entities().get("orderId");
        Optional<OrderAnswers.Answer> answer = orders.answer(turn.customerId(), mentioned, state.lastOrderId(), turn.language());
        if (answer.isEmpty()) {
            String key = turn.customerId() == null ? "order.anonymous" : "order.notFound";
            return say(state, Reply.of(phrases.say(key, turn.language()), List.of(phrases.say("menu.human", turn.language()))));
        }
        Reply reply = answer.get().reply();
        return new Decision(List.of(reply), null, null, null, write(state.helped(answer.get().orderId(), reply.text())));
    }

    private Decision fromKnowledgeOrFallback(DialogueTurn turn, DialogueState state) {
        Optional<KnowledgeAnswer> found = knowledge.answer(turn.text(), turn.language());
        if (found.isPresent()) {
            KnowledgeAnswer answer = found.get();
            Reply reply = new Reply(answer.answer(), List.of(), List.of(new Reply.Source("knowledge", answer.entryId() + "@v" + answer.version())), List.of());
            return say(state, reply);
        }
        DialogueState failed = state.failed(null);
        if (failed.fallbacks() >= FALLBACKS_BEFORE_OFFERING_HUMAN) {
            return handOver(turn, failed, new HandoffRequest("bot_failure", 1));
        }
        String text = phrases.sayOtherThan(state.lastReply(), "fallback", turn.language());
        return new Decision(List.of(Reply.of(text, quickMenu(turn.language()))), null, null, null,
                write(new DialogueState(failed.fallbacks(), failed.lastOrderId(), text)));
    }

    private Decision handOver(DialogueTurn turn, DialogueState state, HandoffRequest handoff) {
        QueueEstimate estimate = queue.estimateFor(turn.conversationId(), handoff.priority());
        String text = estimate.agentsAvailable()
                ? phrases.say("handoff.queued", turn.language(), estimate.position(), Math.max(1, (estimate.estimatedWaitSeconds() + 59) / 60))
                : phrases.say("handoff.ticket", turn.language());
        return new Decision(List.of(Reply.of(text, List.of())), handoff, estimate, null, write(state.helped(null, text)));
    }

    private Decision say(DialogueState state, Reply reply) {
        return new Decision(List.of(reply), null, null, null, write(state.helped(null, reply.text())));
    }

    private List<String> quickMenu(String language) {
        return List.of(phrases.say("menu.order", language), phrases.say("menu.logistics", language),
                phrases.say("menu.return", language), phrases.say("menu.human", language));
    }

    private String write(DialogueState state) {
        return json.writeValueAsString(state);
    }
}
