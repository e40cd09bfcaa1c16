package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * Decides the bot's next action for each customer turn: hand over on the first request for a
 * human; continue, interrupt or resume a flow; answer from live store data or the knowledge base;
 * ask which of two things the customer meant when unsure; and admit what it cannot do, offering a
 * human after two misses in a row. It never invents store facts.
 */
@Component
class StorePolicy implements DialoguePolicy {

    static final double CLARIFY_BELOW = 0.45;
    static final double SWITCH_TOPIC_ABOVE = 0.6;
    static final double SECOND_INTENT_ABOVE = 0.5;
    /** Answered by the same reply: asking both is asking once. */
    private static final Set<String> WHERE_IS_MY_ORDER = Set.of("order_status", "logistics");
    private static final Set<String> ONE_SHOT_STORE_INTENTS = Set.of("promotion_query", "payment_issue");
    private static final Set<String> ORDER_INTENTS = Set.of("order_status", "logistics", "refund_status", "price_protection", "invoice");
    private static final Set<String> SMALL_TALK = Set.of("greeting", "thanks", "goodbye", Understanding.OUT_OF_SCOPE);
    /** What a customer may break off a flow for; a complaint or a policy question while answering is part of the answer. */
    private static final Set<String> SWITCHES_TOPIC = Set.of("order_status", "logistics", "return_request", "exchange_request",
            "refund_status", "cancel_order", "change_address", "invoice", "price_protection", "promotion_query", "product_question",
            "product_search", "recommendation", "payment_issue");

    private final Phrases phrases;
    private final FlowEngine flows;
    private final OrderAnswers orders;
    private final StoreAnswers store;
    private final ProductAnswers products;
    private final KnowledgeBase knowledge;
    private final HandoffQueue queue;
    private final StoreSettingsService settings;
    private final JsonMapper json;
    private final Escalation escalation;
    private final Tone tone;
    private final SealedSlots sealedSlots;

    StorePolicy(Phrases phrases, FlowEngine flows, OrderAnswers orders, StoreAnswers store, ProductAnswers products,
            KnowledgeBase knowledge, HandoffQueue queue, StoreSettingsService settings, JsonMapper json, Escalation escalation, Tone tone,
            SealedSlots sealedSlots) {
        this.sealedSlots = sealedSlots;
        this.escalation = escalation;
        this.tone = tone;
        this.phrases = phrases;
        this.flows = flows;
        this.orders = orders;
        this.store = store;
        this.products = products;
        this.knowledge = knowledge;
        this.queue = queue;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public Reply greet(String language, String customerId) {
        return Reply.of(phrases.say("greeting", language, Map.of("store", settings.current().storeName())), quickMenu(language));
    }

    @Override
    public Decision decide(DialogueTurn turn) {
        Decision decision = decide(turn, sealedSlots.open(turn.state()));
        return new Decision(decision.replies(), decision.handoff(), decision.queue(), decision.flow(), sealedSlots.seal(decision.state()));
    }

    private Decision decide(DialogueTurn turn, DialogueState before) {
        Decision decision = decide(turn, before, before.heard(turn.text()));
        // The same words twice in a row mean the first answer did not help: a human will.
        boolean sameAnswerAgain = decision.handoff() == null && !decision.replies().isEmpty()
                && before.saidLast(decision.replies().getFirst().text()) && before.flow() == null;
        if (sameAnswerAgain) {
            return handOver(turn, before.heard(turn.text()), escalation.request("bot_failure", Escalation.PRIORITY_REQUEST, turn));
        }
        Decision toned = tone.apply(decision, turn.emotion(), turn.language(), before.lastTone());
        DialogueState after = json.readValue(toned.state(), DialogueState.class)
            .toned(Tone.isNoticeable(turn.emotion()) ? turn.emotion().label() : null);
        return new Decision(toned.replies(), toned.handoff(), toned.queue(), toned.flow(), write(after));
    }

    private Decision decide(DialogueTurn turn, DialogueState before, DialogueState state) {
        Optional<Boolean> helped = feedbackOn(before, turn);
        if (helped.isPresent()) {
            knowledge.feedback(before.answeredFromKnowledge(), helped.get());
            String key = helped.get() ? "feedback.thanks" : "feedback.sorry";
            List<String> options = helped.get() ? List.of() : List.of(phrases.say("menu.human", turn.language()));
            return say(state, Reply.of(phrases.say(key, turn.language()), options), null);
        }
        Understanding understood = turn.understanding();
        String intent = understood.intent();
        if ("human_agent".equals(intent)) {
            return handOver(turn, state.suspendFlow(), escalation.request("customer_request", Escalation.PRIORITY_REQUEST, turn));
        }
        Optional<HandoffRequest> beyondTheBot = escalation.beyondTheBot(turn);
        if (beyondTheBot.isPresent()) {
            return handOver(turn, state.suspendFlow(), beyondTheBot.get());
        }
        if (before.isRepeatOf(turn.text())) {
            return handOver(turn, state.suspendFlow(), escalation.request("bot_failure", Escalation.PRIORITY_REQUEST, turn));
        }
        Optional<String> flowName = flows.flowFor(intent);
        if (state.flow() != null && !isTopicSwitch(state.flow(), understood, flowName, turn.text(), turn.language())) {
            return continueFlow(turn, state, state.flow());
        }
        if (flowName.isPresent()) {
            ActiveFlow suspended = state.suspendedFlow(flowName.get());
            DialogueState base = state.suspendFlow();
            return suspended != null ? continueFlow(turn, base.resume(suspended), suspended.awaiting(null, false))
                    : startFlow(turn, base, flowName.get());
        }
        Decision answer = alsoAnswerSecondIntent(turn, answer(turn, state.suspendFlow()));
        // Remind once, right after the customer stepped out of a flow, not on every later turn.
        return state.flow() != null ? remindOfSuspended(answer, turn.language()) : answer;
    }

    private boolean isTopicSwitch(ActiveFlow flow, Understanding understood, Optional<String> flowName, String text, String language) {
        if (flowName.isPresent() && flowName.get().equals(flow.name()) || !SWITCHES_TOPIC.contains(understood.intent())
                || flows.isChoiceOfAwaitedSlot(flow, text, language)) {
            return false;
        }
        if (FlowEngine.CONFIRM.equals(flow.awaiting()) && YesNo.of(text) != YesNo.UNCLEAR) {
            return false;
        }
        if (FlowEngine.CONFIRM.equals(flow.awaiting()) || "orderId".equals(flow.awaiting())) {
            return understood.confidence() >= SWITCH_TOPIC_ABOVE && !understood.entities().containsKey("orderId");
        }
        return understood.confidence() >= SWITCH_TOPIC_ABOVE;
    }

    private Decision startFlow(DialogueTurn turn, DialogueState state, String name) {
        if (turn.customerId() == null) {
            return say(state, Reply.of(phrases.say("order.anonymous", turn.language()), List.of(phrases.say("menu.human", turn.language()))), null);
        }
        return continueFlow(turn, state, ActiveFlow.start(name));
    }

    private Decision continueFlow(DialogueTurn turn, DialogueState state, ActiveFlow flow) {
        SlotReader.FlowTurn flowTurn = new SlotReader.FlowTurn(turn.text(), turn.language(), turn.customerId(),
                turn.understanding().entities(), state.lastOrderId());
        FlowEngine.Result result = flows.advance(flow.withEvidence(turn.attachmentIds()), flowTurn, now());
        if (result.gaveUp()) {
            return fallback(turn, state.withFlow(null));
        }
        List<Reply> replies = result.replies();
        DialogueState next = state.withFlow(result.flow()).helped(null, replies.isEmpty() ? null : replies.getLast().text());
        Decision.Flow flowState = result.flow() == null ? null : new Decision.Flow(result.flow().name(), result.flow().awaiting());
        Decision decision = new Decision(replies, null, null, flowState, write(next));
        return result.flow() == null ? remindOfSuspended(decision, turn.language()) : decision;
    }

    private Decision answer(DialogueTurn turn, DialogueState state) {
        Understanding understood = turn.understanding();
        String intent = understood.intent();
        String language = turn.language();
        boolean cheaperThanShown = ProductAnswers.asksCheaper(turn.text()) && isFollowUp(understood) && !ORDER_INTENTS.contains(intent);
        boolean refinesSearch = !SWITCHES_TOPIC.contains(intent) && understood.confidence() < SWITCH_TOPIC_ABOVE
                && understood.entities().containsKey("attributes");
        if (state.lastProducts() != null && (cheaperThanShown || refinesSearch)) {
            // "那蓝色的呢" / "the cheaper one" right after a product search refines it.
            return searchProducts(turn, state);
        }
        String mentionedOrder = (String) understood.entities().get("orderId");
        // a bare order id reads as out of scope, which is no new question
        boolean asksSomethingElse = understood.confidence() >= SWITCH_TOPIC_ABOVE && !understood.intent().equals(state.pendingIntent())
                && !Understanding.OUT_OF_SCOPE.equals(understood.intent());
        if (state.pendingIntent() != null && mentionedOrder != null && !asksSomethingElse) {
            // The answer to "which order?": the question it answers is the one asked before.
            intent = state.pendingIntent();
        }
        else if (!SMALL_TALK.contains(intent) && understood.confidence() < CLARIFY_BELOW && understood.intents().size() >= 2) {
            return clarify(turn, state);
        }
        if (ORDER_INTENTS.contains(intent)) {
            OrderAnswers.Answer answer = orders.answer(intent, new OrderAnswers.Ask(turn.customerId(), language, mentionedOrder,
                    state.lastOrderId(), now()));
            Decision decision = say(state, answer.reply(), answer.orderId());
            return answer.orderId() == null && !answer.reply().quickReplies().isEmpty()
                    ? new Decision(decision.replies(), null, null, null,
                            write(json.readValue(decision.state(), DialogueState.class).askedWhichOrderFor(intent)))
                    : decision;
        }
        return switch (intent) {
            case "greeting" -> say(state, Reply.of(phrases.sayOtherThan(state.lastReply(), "hello", language, Map.of()), quickMenu(language)), null);
            case "thanks" -> say(state, Reply.of(phrases.sayOtherThan(state.lastReply(), "welcome", language, Map.of()), List.of()), null);
            case "goodbye" -> say(state, Reply.of(phrases.sayOtherThan(state.lastReply(), "bye", language, Map.of()), List.of()), null);
            case "promotion_query" -> say(state, store.promotions(language, now()), null);
            case "payment_issue" -> say(state, store.payment(language), null);
            case "product_question" -> aboutProducts(state, understood, products.question(understood.entities(), turn.text(), language));
            case "product_search", "recommendation" -> searchProducts(turn, state);
            case "complaint" -> say(state, Reply.of(phrases.sayOtherThan(state.lastReply(), "complaint.heard", language, Map.of()),
                    List.of(phrases.say("menu.human", language))), null);
            default -> fromKnowledgeOrFallback(turn, state);
        };
    }

    private Decision searchProducts(DialogueTurn turn, DialogueState state) {
        Map<String, Object> entities = turn.understanding().entities();
        Map<String, Object> wanted = isFollowUp(turn.understanding()) ? products.refine(entities, turn.text(), state.lastProducts()) : entities;
        return rememberSearch(state, wanted, products.search(wanted, turn.language()));
    }

    private Decision aboutProducts(DialogueState state, Understanding understood, Reply reply) {
        return rememberSearch(state, understood.entities(), reply);
    }

    private Decision rememberSearch(DialogueState state, Map<String, Object> wanted, Reply reply) {
        Map<String, Object> context = products.context(wanted, reply);
        Decision said = say(state, reply, null);
        return new Decision(said.replies(), null, null, null, write(json.readValue(said.state(), DialogueState.class)
            .searched(context.isEmpty() ? state.lastProducts() : context)));
    }

    /** A product message that names no product, brand or category refines the previous search. */
    private static boolean isFollowUp(Understanding understood) {
        Map<String, Object> entities = understood.entities();
        return !entities.containsKey("category") && !entities.containsKey("brand") && !entities.containsKey("products");
    }

    /** The customer's tap on "did this help?" after a knowledge answer, if that is what this message is. */
    private Optional<Boolean> feedbackOn(DialogueState before, DialogueTurn turn) {
        if (before.answeredFromKnowledge() == null) {
            return Optional.empty();
        }
        String text = turn.text().strip();
        if (text.equalsIgnoreCase(phrases.say("feedback.helpful", turn.language()))) {
            return Optional.of(true);
        }
        return text.equalsIgnoreCase(phrases.say("feedback.notHelpful", turn.language())) ? Optional.of(false) : Optional.empty();
    }

    /** "查下物流，顺便开个发票": a second question in the same message gets its own answer. */
    private Decision alsoAnswerSecondIntent(DialogueTurn turn, Decision first) {
        Understanding understood = turn.understanding();
        Optional<Understanding.IntentScore> second = understood.intents().stream()
            .filter(candidate -> !candidate.name().equals(understood.intent()) && candidate.confidence() >= SECOND_INTENT_ABOVE)
            .filter(candidate -> !(WHERE_IS_MY_ORDER.contains(candidate.name()) && WHERE_IS_MY_ORDER.contains(understood.intent())))
            .filter(candidate -> ORDER_INTENTS.contains(candidate.name()) || ONE_SHOT_STORE_INTENTS.contains(candidate.name()))
            .findFirst();
        if (second.isEmpty() || first.handoff() != null || first.replies().isEmpty()) {
            return first;
        }
        Understanding asSecond = new Understanding(understood.language(), second.get().name(), second.get().confidence(),
                understood.intents(), understood.entities());
        DialogueTurn secondTurn = new DialogueTurn(turn.conversationId(), turn.customerId(), turn.language(), turn.text(), asSecond,
                turn.emotion(), turn.emotionHistory(), first.state(), turn.attachmentIds());
        DialogueState state = json.readValue(first.state(), DialogueState.class);
        Decision more = answer(secondTurn, state);
        List<Reply> replies = new ArrayList<>(first.replies());
        replies.addAll(more.replies());
        DialogueState after = json.readValue(more.state(), DialogueState.class);
        if (after.answeredFromKnowledge() == null && state.answeredFromKnowledge() != null) {
            after = after.answeredFrom(state.answeredFromKnowledge());
        }
        return new Decision(replies, more.handoff(), more.queue(), more.flow(), write(after));
    }

    private Decision clarify(DialogueTurn turn, DialogueState state) {
        List<String> options = turn.understanding().intents().stream().limit(2)
            .map(candidate -> phrases.say("intent." + candidate.name(), turn.language())).toList();
        return say(state, Reply.of(phrases.sayOtherThan(state.lastReply(), "clarify", turn.language(), Map.of()), options), null);
    }

    private Decision fromKnowledgeOrFallback(DialogueTurn turn, DialogueState state) {
        Optional<KnowledgeAnswer> found = knowledge.answer(turn.text(), turn.language());
        if (found.isPresent()) {
            KnowledgeAnswer answer = found.get();
            String source = answer.entryId() + "@v" + answer.version();
            Decision said = say(state, new Reply(answer.answer(), List.of(phrases.say("feedback.helpful", turn.language()),
                    phrases.say("feedback.notHelpful", turn.language())), List.of(new Reply.Source("knowledge", source)), List.of()), null);
            return new Decision(said.replies(), null, null, null, write(json.readValue(said.state(), DialogueState.class).answeredFrom(source)));
        }
        return fallback(turn, state);
    }

    private Decision fallback(DialogueTurn turn, DialogueState state) {
        DialogueState failed = state.failed(state.lastReply());
        if (failed.fallbacks() >= escalation.fallbacksInARow()) {
            return handOver(turn, failed, escalation.request("bot_failure", Escalation.PRIORITY_REQUEST, turn));
        }
        String text = phrases.sayOtherThan(state.lastReply(), "fallback", turn.language(), Map.of());
        return new Decision(List.of(Reply.of(text, quickMenu(turn.language()))), null, null, null,
                write(new DialogueState(failed.fallbacks(), failed.lastOrderId(), text, failed.flow(), failed.suspended(),
                        failed.recentQuestions(), failed.lastTone(), null, failed.lastProducts(), null)));
    }

    private Decision handOver(DialogueTurn turn, DialogueState state, HandoffRequest handoff) {
        QueueEstimate estimate = queue.estimateFor(turn.conversationId(), handoff.priority());
        String text = estimate.agentsAvailable()
                ? phrases.say("handoff.queued", turn.language(), Map.of("position", estimate.position(),
                        "minutes", Math.max(1, (estimate.estimatedWaitSeconds() + 59) / 60)))
                : phrases.say("handoff.ticket", turn.language(), Map.of("open", settings.current().businessHours().open(),
                        "close", settings.current().businessHours().close()));
        return new Decision(List.of(Reply.of(text, List.of())), handoff, estimate, null, write(state.helped(null, text)));
    }

    /** After answering something else, offers to pick up the flow the customer stepped out of. */
    private Decision remindOfSuspended(Decision decision, String language) {
        DialogueState state = json.readValue(decision.state(), DialogueState.class);
        if (state.flow() != null || state.suspended().isEmpty() || decision.handoff() != null) {
            return decision;
        }
        String flow = state.suspended().getLast().name();
        List<Reply> replies = new ArrayList<>(decision.replies());
        replies.add(Reply.of(phrases.say("flow.resume." + flow, language), List.of(phrases.say("flow.continue." + flow, language))));
        return new Decision(replies, decision.handoff(), decision.queue(), decision.flow(), decision.state());
    }

    private Decision say(DialogueState state, Reply reply, String orderId) {
        return new Decision(List.of(reply), null, null, null, write(state.helped(orderId, reply.text())));
    }

    private List<String> quickMenu(String language) {
        return List.of(phrases.say("menu.order", language), phrases.say("menu.logistics", language),
                phrases.say("menu.return", language), phrases.say("menu.human", language));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(settings.current().zone());
    }

    private String write(DialogueState state) {
        return json.writeValueAsString(state);
    }
}
