package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.Decision;
import io.kefu.dialogue.DialoguePolicy;
import io.kefu.dialogue.DialogueTurn;
import io.kefu.dialogue.HandoffQueue;
import io.kefu.dialogue.HandoffRequest;
import io.kefu.dialogue.IntentCatalogue;
import io.kefu.dialogue.IntentCatalogue.Kind;
import io.kefu.dialogue.QueueEstimate;
import io.kefu.dialogue.Reply;
import io.kefu.knowledge.KnowledgeMatch;
import io.kefu.nlu.Clauses;
import io.kefu.nlu.LanguageUnderstanding;
import io.kefu.nlu.Understanding;

/**
 * Decides the bot's next action for each customer turn. A human on the first request, and at once
 * for high risk or rising anger; a flow in progress takes the message only when it answers what the
 * flow waits for — anything else is answered and the flow's question put again; otherwise the
 * router settles what the customer means (resolving "which order?", "the other one", "it") and asks
 * the answerer the intent catalogue names. The merchant's FAQ is consulted on every turn and
 * outranks every built-in text; when unsure the bot offers choices, and after two misses a human.
 * It never invents store facts.
 */
@Component
class TurnRouter implements DialoguePolicy {

    private static final Logger log = LoggerFactory.getLogger(TurnRouter.class);

    /** What separates the items of a list (not "和" or "and", which product names use too). */
    private static final Pattern LIST_ITEMS = Pattern.compile("[、，,；;]");
    static final double CLARIFY_BELOW = 0.45;
    static final double SWITCH_TOPIC_ABOVE = 0.6;
    static final double SECOND_INTENT_ABOVE = 0.5;
    /** How sure the intent model must be of the message and of an FAQ question to take them for the same request. */
    static final double AGREEING = 0.8;
    static final double LIKELIER_THAN_NOT = 0.5;

    private final IntentCatalogue catalogue;
    private final LanguageUnderstanding understanding;
    private final Map<String, Answerer> answerers = new HashMap<>();
    private final KnowledgeAnswerer knowledge;
    private final Flows flows;
    private final OrderReferences orderReferences;
    private final ProductAnswerer products;
    private final ProductFinder productFinder;
    private final PromotionAnswerer promotions;
    private final Escalation escalation;
    private final HandoffQueue queue;
    private final StoreSettingsService settings;
    private final DialogueStates states;
    private final SealedSlots sealedSlots;
    private final StoreRules rules;
    private final Tone tone;
    private final Phrases phrases;
    private final QuickMenu menu;
    private final ModelAnswers modelAnswers;
    private final ModelTone modelTone;

    TurnRouter(IntentCatalogue catalogue, LanguageUnderstanding understanding, List<Answerer> answerers, KnowledgeAnswerer knowledge, Flows flows,
            OrderReferences orderReferences, ProductAnswerer products, ProductFinder productFinder, PromotionAnswerer promotions,
            Escalation escalation, HandoffQueue queue, StoreSettingsService settings, DialogueStates states, SealedSlots sealedSlots, StoreRules rules,
            Tone tone, Phrases phrases, QuickMenu menu, ModelAnswers modelAnswers, ModelTone modelTone) {
        this.catalogue = catalogue;
        this.understanding = understanding;
        answerers.forEach(answerer -> this.answerers.put(answerer.name(), answerer));
        this.knowledge = knowledge;
        this.flows = flows;
        this.orderReferences = orderReferences;
        this.products = products;
        this.productFinder = productFinder;
        this.promotions = promotions;
        this.escalation = escalation;
        this.queue = queue;
        this.settings = settings;
        this.states = states;
        this.sealedSlots = sealedSlots;
        this.rules = rules;
        this.tone = tone;
        this.phrases = phrases;
        this.menu = menu;
        this.modelAnswers = modelAnswers;
        this.modelTone = modelTone;
        catalogue.all().stream().filter(intent -> intent.kind() != Kind.FLOW && intent.kind() != Kind.HUMAN)
            .filter(intent -> !this.answerers.containsKey(intent.answerer())).findAny().ifPresent(intent -> {
                throw new IllegalStateException("The intent catalogue names answerer '" + intent.answerer() + "' for " + intent.name()
                        + ", which does not exist");
            });
    }

    @Override
    public Reply greet(String language, String customerId) {
        return Reply.of(phrases.say("greeting", language, Map.of("store", settings.current().storeName())), menu.options(language));
    }

    @Override
    public Optional<HandoffRequest> raise(DialogueTurn turn, int waitingPriority) {
        return escalation.beyondTheBot(turn, false).filter(request -> request.priority() > waitingPriority);
    }

    @Override
    public Decision decide(DialogueTurn turn) {
        Decision decision = decide(turn, sealedSlots.open(turn.state()));
        return new Decision(decision.replies(), decision.handoff(), decision.queue(), decision.flow(), sealedSlots.seal(decision.state()));
    }

    private Decision decide(DialogueTurn turn, DialogueState before) {
        DialogueState heard = before.heard(turn.text());
        Heard message = new Heard(turn, OffsetDateTime.now(settings.current().zone()), faqMatch(turn, before), new ModelBudget());
        Decision decision = route(message, before, heard);
        if (log.isDebugEnabled()) {
            log.debug("Turn read as {} {} (then {}); FAQ {} {}; emotion {} {} {}; handoff {}", turn.understanding().intent(),
                    String.format("%.2f", turn.understanding().confidence()), turn.understanding().intents().stream().skip(1).limit(2).map(i -> i.name() + String.format(" %.2f", i.confidence())).toList(), message.faq().band(),
                    message.faq().candidates().stream().limit(3).map(c -> c.entryId() + String.format(" %.2f", c.probability())).toList(),
                    turn.emotion().label(), String.format("%.2f", turn.emotion().intensity()), turn.emotion().trend(),
                    decision.handoff() == null ? "none" : decision.handoff().reason());
        }
        // The same words twice in a row mean the first answer did not help: a human will.
        boolean sameAnswerAgain = decision.handoff() == null && !decision.replies().isEmpty()
                && before.saidLast(decision.replies().getFirst().text()) && before.flow() == null;
        if (sameAnswerAgain) {
            return handOver(turn, heard, escalation.request("bot_failure", Escalation.PRIORITY_REQUEST, turn));
        }
        Decision toned = modelTone.apply(decision, turn, before.lastTone(), message.model())
            .orElseGet(() -> tone.apply(decision, turn.emotion(), turn.language(), before.lastTone(), before.lastReply() != null));
        DialogueState after = states.read(toned.state()).with(b -> b.lastTone = Tone.isNoticeable(turn.emotion()) ? turn.emotion().label() : null);
        return new Decision(toned.replies(), toned.handoff(), toned.queue(), toned.flow(), states.write(after));
    }

    /**
     * The FAQ match weighed against a second, independent reading: the intent model applied to the
     * customer's message and to the entry's own question. An entry that is only a likely match
     * answers after all when both are read, with confidence, as the same specific request ("收到货多少天内
     * 可以退的" and "可以退货吗？" both ask for a return); a sure-looking entry is only offered when
     * both are read, with confidence, as different specific requests ("any coupons right now?" and
     * "do you offer price protection?"). Policy questions in general ({@code faq}) and small talk
     * say too little either way, and so does an entry in another language than the message.
     */
    private KnowledgeMatch corroborated(KnowledgeMatch match, Understanding understood) {
        if (match.band() == KnowledgeMatch.Band.NONE || understood.confidence() < AGREEING || !isSpecificRequest(understood.intent())) {
            return match;
        }
        Understanding entry = understanding.understand(match.best().orElseThrow().question());
        // an entry written in the other language is only offered: the two readings come from different models
        if (entry.confidence() < AGREEING || "en".equals(entry.language()) != "en".equals(understood.language())) {
            return match;
        }
        boolean agree = entry.intent().equals(understood.intent());
        if (match.band() == KnowledgeMatch.Band.SUGGEST && agree) {
            return new KnowledgeMatch(KnowledgeMatch.Band.ANSWER, match.candidates());
        }
        if (match.band() == KnowledgeMatch.Band.ANSWER && !agree && isSpecificRequest(entry.intent())) {
            return new KnowledgeMatch(KnowledgeMatch.Band.SUGGEST, match.candidates());
        }
        return match;
    }

    private boolean isSpecificRequest(String intent) {
        Kind kind = catalogue.find(intent).map(IntentCatalogue.Intent::kind).orElse(Kind.KNOWLEDGE);
        return kind != Kind.KNOWLEDGE && kind != Kind.SMALL_TALK && kind != Kind.HUMAN;
    }

    /**
     * How the merchant's FAQ answers the message; a message that leaves out its question right after
     * an FAQ answer ("那我买的进口奶粉也能开吗" after the invoice answer) is matched together with the
     * question it follows too. That reading wins when it is a sure match and either surer than the
     * message alone or the entry just answered: the same question asked of another thing ("开" alone
     * may be opening the tin; after the invoice question it is the invoice).
     */
    private KnowledgeMatch faqMatch(DialogueTurn turn, DialogueState before) {
        KnowledgeMatch alone = corroborated(knowledge.match(reading(turn), turn.language()), turn.understanding());
        boolean followsAnAnswer = before.answeredFromKnowledge() != null && before.recentQuestions().size() >= 1;
        if (!followsAnAnswer || !Referents.leavesOutTheQuestion(turn.text())) {
            return alone;
        }
        KnowledgeMatch together = knowledge.match(before.recentQuestions().getLast() + " " + reading(turn), turn.language());
        boolean askedAgain = together.best().map(entry -> entry.source().equals(before.answeredFromKnowledge())).orElse(false);
        boolean wins = together.answers() && (!alone.answers() || askedAgain || probability(together) > probability(alone));
        return wins ? focusedOnTheMessage(together, alone) : alone;
    }

    /**
     * The match of the message read with the question before it, its best entry focused on the
     * sentence closest to the message itself: the detail it asks about now ("那到了再给钱行吗" after
     * the payment answer: the sentence on cash on delivery), not the one answered just before.
     */
    private static KnowledgeMatch focusedOnTheMessage(KnowledgeMatch together, KnowledgeMatch alone) {
        KnowledgeMatch.Candidate best = together.best().orElseThrow();
        return alone.candidates().stream().filter(candidate -> candidate.entryId().equals(best.entryId())).findFirst()
            .map(own -> {
                List<KnowledgeMatch.Candidate> candidates = new ArrayList<>(together.candidates());
                candidates.set(0, best.withFocus(own.focus()));
                return new KnowledgeMatch(together.band(), candidates, together.eitherProbability());
            })
            .orElse(together);
    }

    private static double probability(KnowledgeMatch match) {
        return match.probability();
    }

    /** The message as understood, its typos repaired. */
    private static String reading(DialogueTurn turn) {
        return turn.understanding().readingOr(turn.text());
    }

    /** The message being answered, when, and how the merchant's FAQ matches it. */
    /** {@code model}: what is left of the turn's language-model budget. */
    private record Heard(DialogueTurn turn, OffsetDateTime now, KnowledgeMatch faq, ModelBudget model) {

        Understanding understood() {
            return turn.understanding();
        }

        String language() {
            return turn.language();
        }

        String text() {
            return turn.text();
        }
    }

    private Decision route(Heard message, DialogueState before, DialogueState state) {
        DialogueTurn turn = message.turn();
        Optional<Boolean> helped = feedbackOn(before, turn);
        if (helped.isPresent()) {
            knowledge.feedback(before.answeredFromKnowledge(), helped.get());
            String key = helped.get() ? "feedback.thanks" : "feedback.sorry";
            List<String> options = helped.get() ? List.of() : List.of(menu.human(turn.language()));
            return said(state, new Answer(List.of(Reply.of(phrases.say(key, turn.language()), options)), Answer.Grounding.GENERIC, s -> s));
        }
        Optional<Answer> chosen = knowledge.chosen(turn.text(), before, turn.language());
        if (chosen.isPresent()) {
            return said(state, chosen.get());
        }
        boolean bareOrder = orderReferences.isBare(turn.customerId(), turn.text());
        if ("human_agent".equals(message.understood().intent()) && !bareOrder && !asksAboutAgents(message)) {
            if (Questions.asksWhen(turn.text())) {
                return said(state, faqIsSurer(message) ? bestEntry(message, state) : agentHours(turn.language()));
            }
            return handOver(turn, state.suspendFlow(), escalation.request("customer_request", Escalation.PRIORITY_REQUEST, turn));
        }
        // the reason a return waits for is told in negative words: that is the answer, not a reason to hand over
        boolean tellsWhatWentWrong = state.flow() != null && flows.awaitsFreeText(state.flow()) && !Questions.isQuestion(turn.text());
        Optional<HandoffRequest> beyondTheBot = bareOrder ? Optional.empty() : escalation.beyondTheBot(turn, tellsWhatWentWrong);
        if (beyondTheBot.isPresent()) {
            return handOver(turn, state.suspendFlow(), beyondTheBot.get());
        }
        if (before.isRepeatOf(turn.text())) {
            return handOver(turn, state.suspendFlow(), escalation.request("bot_failure", Escalation.PRIORITY_REQUEST, turn));
        }
        return state.flow() != null ? inFlow(message, state) : topic(message, state, false);
    }

    /**
     * A message while a flow waits: another flow asked for takes over; "先不退了，…" steps out of it;
     * an answer to what it waits for advances it; a question is answered and the flow's question put
     * again; anything else is asked again (and after a second miss the bot gives up the flow).
     */
    private Decision inFlow(Heard message, DialogueState state) {
        DialogueTurn turn = message.turn();
        ActiveFlow flow = state.flow();
        Understanding understood = message.understood();
        Optional<String> otherFlow = flows.flowFor(understood.intent())
            .filter(name -> !name.equals(flow.name()) && understood.confidence() >= SWITCH_TOPIC_ABOVE)
            .filter(name -> !orderReferences.isBare(turn.customerId(), turn.text()));
        if (otherFlow.isPresent()) {
            return flowNamed(message, state.suspendFlow(), otherFlow.get());
        }
        boolean asksSomethingElse = asksSomethingElse(message, flow);
        if (YesNo.of(turn.text()) == YesNo.NO && !FlowEngine.CONFIRM.equals(flow.awaiting())) {
            if (asksSomethingElse) {
                return remindOfSuspended(topic(message, state.suspendFlow(), false), turn.language());
            }
            return said(state.withFlow(null), new Answer(List.of(Reply.of(phrases.say("flow.cancelled", turn.language()), List.of())),
                    Answer.Grounding.GENERIC, s -> s));
        }
        if (flows.answersAwaited(flow, turn, state, asksSomethingElse)) {
            return continueFlow(message, state, flow);
        }
        if (asksSomethingElse || Questions.isQuestion(turn.text())) {
            // a question is never the answer to the flow's question, even when nothing answers it
            Decision aside = topic(message, state, true);
            return aside.handoff() != null ? aside : withResumePrompt(aside, flow, turn);
        }
        if (flows.isBareAcknowledgement(flow, turn)) {
            return withResumePrompt(said(state, new Answer(List.of(), Answer.Grounding.GENERIC, s -> s)), flow, turn);
        }
        return continueFlow(message, state, flow);
    }

    /**
     * Whether the message is about something other than what the flow waits for: a question, or
     * another topic the customer may switch to. A statement that merely touches an FAQ topic ("怀孕了
     * 不能用水杨酸") is no question: as a return's reason it is the answer, and so is a statement
     * about the items of the flow's own order ("I ordered the Shiraz by mistake"), whatever request
     * its words sound like.
     */
    private boolean asksSomethingElse(Heard message, ActiveFlow flow) {
        Understanding understood = message.understood();
        boolean statementMayAnswer = flows.awaitsFreeText(flow);
        if (statementMayAnswer && !Questions.isQuestion(message.text())
                && orderReferences.namesAnItemOf(flow.slots().get("orderId"), message.turn().customerId(), understood.entities())) {
            return false;
        }
        boolean otherTopic = catalogue.find(understood.intent())
            .filter(intent -> !statementMayAnswer || intent.kind() != Kind.PRODUCT && intent.kind() != Kind.COMPLAINT)
            .map(IntentCatalogue.Intent::switchesTopic).orElse(false)
                && understood.confidence() >= SWITCH_TOPIC_ABOVE && !flows.flowFor(understood.intent()).map(flow.name()::equals).orElse(false)
                && !(FlowEngine.CONFIRM.equals(flow.awaiting()) && YesNo.of(message.text()) != YesNo.UNCLEAR);
        return otherTopic || Questions.isQuestion(message.text());
    }

    private Decision withResumePrompt(Decision aside, ActiveFlow flow, DialogueTurn turn) {
        DialogueState state = states.read(aside.state()).with(b -> b.flow = flow);
        Optional<Reply> prompt = flows.resumePrompt(flow, turn, state);
        List<Reply> replies = new ArrayList<>(aside.replies());
        prompt.ifPresent(replies::add);
        return decision(replies, state);
    }

    private Decision continueFlow(Heard message, DialogueState state, ActiveFlow flow) {
        Flows.Step step = flows.advance(message.turn(), state, flow, message.now());
        if (step.gaveUp()) {
            return fallback(message, step.state());
        }
        List<Reply> replies = step.replies();
        DialogueState next = step.state().helped(replies.isEmpty() ? null : replies.getLast().text());
        Decision decision = decision(replies, next);
        return next.flow() == null ? remindOfSuspended(decision, message.language()) : decision;
    }

    private Decision flowNamed(Heard message, DialogueState state, String name) {
        if (message.turn().customerId() == null) {
            return said(state, Answer.generic(Reply.of(phrases.say("order.anonymous", message.language()), List.of(menu.human(message.language())))));
        }
        ActiveFlow suspended = state.suspendedFlow(name);
        return suspended != null ? continueFlow(message, state.resume(suspended), suspended.awaiting(null, false))
                : continueFlow(message, state, ActiveFlow.start(name));
    }

    /**
     * Answers what the customer means. The answer from the store's records for them comes first;
     * then the merchant's FAQ; then a built-in text; then "did you mean" choices; then an honest
     * fallback. {@code aside}: asked while a flow waits, so no other flow starts.
     */
    private Decision topic(Heard message, DialogueState state, boolean aside) {
        Understanding understood = message.understood();
        OrderReferences.Reference order = orderReferences.in(message.turn().customerId(), message.text(), understood.entities(), state.memory());
        Meaning meaning = meant(message, state, order);
        String intent = meaning.intent();
        IntentCatalogue.Intent described = catalogue.find(intent).orElseGet(() -> catalogue.find(Understanding.OUT_OF_SCOPE).orElseThrow());
        KnowledgeMatch faq = message.faq();
        if (described.kind() == Kind.FLOW) {
            return aside ? fromKnowledge(message, state) : startFlow(message, state, intent, order.order().isPresent());
        }
        if (described.kind() == Kind.HUMAN) {
            // only a question about the agents gets here (a request for one is handed over before)
            return fromKnowledge(message, state);
        }
        boolean unsure = described.kind() != Kind.SMALL_TALK && understood.confidence() < CLARIFY_BELOW && understood.intents().size() >= 2
                && !meaning.fromContext();
        if (unsure && !faq.answers()) {
            return suggestions(message).map(s -> offered(message, state, s)).orElseGet(() -> clarify(message, state));
        }
        Ask ask = new Ask(message.turn(), intent, state, faq, message.now());
        Answer answer = answerers.get(described.answerer()).answer(ask);
        boolean faqLeads = faqIsSurer(message) || meaning.fromContext() && readAsNoRequest(understood) && faq.answers();
        if (answer.grounding() == Answer.Grounding.BROWSING && faqLeads) {
            Answer rules = bestEntry(message, state);
            // "孕妇可以用的护肤品": the store's rule answers, and the products the catalog's words fit the need show it,
            // else those the rule itself names where it speaks to the request
            Optional<Answer> shown = showsProducts(answer) && productFinder.explains(message.text()) ? Optional.of(answer)
                    : productsTheRuleNames(faq, ask);
            answer = shown.map(rules::followedBy).orElse(rules);
        }
        else if ((described.kind() == Kind.PRODUCT || described.kind() == Kind.STORE) && answer.grounding() == Answer.Grounding.SPECIFIC
                && faqIsSurer(message)) {
            // "备孕能用水杨酸吗": the merchant's rule on the matter first, then what the product's own record says;
            // "60份送客户 有没有优惠": the merchant's entry on corporate orders before the offers on the product last shown
            answer = bestEntry(message, state).followedBy(answer);
        }
        if (answer.isSpecific() && described.withKnowledge() && isLikely(faq)) {
            Answer rules = bestEntry(message, state);
            // the store's rules first when the bot still has to ask which order: its question comes last
            answer = answer.grounding() == Answer.Grounding.CLARIFYING ? rules.followedBy(answer) : answer.followedBy(rules);
        }
        else if (!answer.isSpecific() && faq.answers()) {
            Answer rules = bestEntry(message, state);
            // "孕妇能用的有推荐吗" found no product by its words; the rule that answers it may name some
            answer = described.kind() == Kind.PRODUCT ? productsTheRuleNames(faq, ask).map(rules::followedBy).orElse(rules) : rules;
        }
        else if (answer.grounding() == Answer.Grounding.GENERIC && (described.kind() == Kind.ORDER || described.kind() == Kind.COMPLAINT)
                && isLikely(faq)) {
            // "啥时候给我发出去" from a visitor, "你们家是不是水货啊": a built-in text (sign in; sorry) answers nothing
            // asked, so the store's likelier entry first, then that text
            answer = bestEntry(message, state).followedBy(answer);
        }
        else if (answer.grounding() == Answer.Grounding.GENERIC || answer.grounding() == Answer.Grounding.ABSENCE) {
            Answer built = answer;
            answer = knowledge.related(message.faq(), message.language()).map(built::followedBy).orElse(built);
        }
        if (answer.grounding() == Answer.Grounding.NONE) {
            Optional<Answer> fitting = productsThatFit(message, state);
            if (fitting.isEmpty()) {
                Optional<Answer> choices = suggestions(message);
                return choices.isPresent() ? offered(message, state, choices.get()) : fallback(message, state);
            }
            answer = fitting.get();
        }
        return withFaqClauses(message, alsoAnswerSecondIntent(message, ask, meaning, said(state, answer)), state);
    }

    /**
     * Whether a message read as a request for a human is rather a question about them that the FAQ
     * answers ("what time are your human agents online?"): put as a question, answered by an FAQ
     * entry more surely than the intent model reads a request, and that entry's own question is no
     * request for a human either ("客服工作时间" is not; "怎么转人工" is, and is honoured). Anything
     * less certain is honoured on the first ask.
     */
    private boolean asksAboutAgents(Heard message) {
        if (!Questions.isQuestion(message.text()) || !faqIsSurer(message)) {
            return false;
        }
        Understanding entry = understanding.understand(message.faq().best().orElseThrow().question());
        return !"human_agent".equals(entry.intent());
    }

    /**
     * "你们人工几点下班": when the store's agents work, from its settings, with the button that
     * reaches one now (the merchant's FAQ answers instead when it is surer than the intent model).
     */
    private Answer agentHours(String language) {
        var hours = settings.current().businessHours();
        String key = hours.open().equals(hours.close()) ? "agents.hours.allDay" : "agents.hours";
        return Answer.specific(new Reply(phrases.say(key, language, Map.of("open", hours.open(), "close", hours.close())),
                List.of(menu.human(language)), List.of(new Reply.Source("policy", "businessHours")), List.of()));
    }

    /**
     * The products the sentence of the FAQ's best entry closest to the request names ("比如初禾孕妇系列、沐光玻尿酸保湿面霜"),
     * listed as a search would list them: the merchant's own suggestion for the need. Only that
     * sentence: another may name what the rule advises against.
     */
    private Optional<Answer> productsTheRuleNames(KnowledgeMatch faq, Ask ask) {
        return faq.best().map(KnowledgeMatch.Candidate::focus).filter(focus -> !focus.isBlank())
            .flatMap(focus -> productFinder.listed(namedIn(focus), ask));
    }

    /** The products each item of a list names ("比如初禾孕妇系列、沐光玻尿酸保湿面霜、晴盾轻透防晒乳"), in the order named. */
    private List<String> namedIn(String sentence) {
        List<String> skus = new ArrayList<>();
        for (String item : LIST_ITEMS.split(sentence)) {
            if (!item.isBlank()) {
                ProductMentions.skus(understanding.entities(item)).stream().filter(sku -> !skus.contains(sku)).forEach(skus::add);
            }
        }
        return skus;
    }

    /** The answer of the merchant's FAQ entries that match the message: the best, or the two best when both answer. */
    private Answer bestEntry(Heard message, DialogueState state) {
        return knowledge.fromMatch(message.faq(), message.language(), state.lastReply());
    }

    /**
     * The intent model read no request of its own (a policy question, or nothing it knows): when the
     * router took the message for a product search from the catalog's words ("白茶能煮着喝吗"), that
     * reading's confidence says nothing against the merchant's FAQ.
     */
    private boolean readAsNoRequest(Understanding understood) {
        return catalogue.is(understood.intent(), Kind.KNOWLEDGE);
    }

    /**
     * Whether the merchant's FAQ answers the message with more certainty than the intent model has
     * of it: "有没有小包装的 想先尝尝" is the samples entry of the FAQ (0.94) more surely than a product
     * search (0.91), and a list of products would not answer it. Both are calibrated probabilities.
     */
    private static boolean faqIsSurer(Heard message) {
        return message.faq().answers() && message.faq().probability() >= message.understood().confidence();
    }

    /**
     * Whether the FAQ's best entry is more likely right than not, though not sure enough to answer on
     * its own: what a visitor asking of orders they cannot see is better told than only "please sign in".
     */
    private static boolean isLikely(KnowledgeMatch faq) {
        return faq.answers() || faq.band() == KnowledgeMatch.Band.SUGGEST && probability(faq) >= LIKELIER_THAN_NOT;
    }

    /**
     * A flow asked for: started, unless the merchant's FAQ answers the message with more certainty
     * than the intent model has that an action is wanted ("退货运费谁出" asks about the rule, "我要退货"
     * asks for the return); naming one of the customer's orders always means the action.
     */
    private Decision startFlow(Heard message, DialogueState state, String intent, boolean namesOwnOrder) {
        KnowledgeMatch faq = message.faq();
        boolean ruleQuestion = faq.answers() && faq.probability() >= message.understood().confidence() && !namesOwnOrder;
        if (ruleQuestion || message.turn().customerId() == null && faq.answers()) {
            return said(state, bestEntry(message, state));
        }
        Optional<Reply> rule = rules.of(intent, message.language());
        if (message.turn().customerId() == null) {
            Answer signIn = Answer.generic(Reply.of(phrases.say("order.anonymous", message.language()), List.of(menu.human(message.language()))));
            Answer answer = rule.map(r -> Answer.specific(r).followedBy(signIn)).orElse(signIn);
            return said(state, knowledge.related(message.faq(), message.language()).map(answer::followedBy).orElse(answer));
        }
        Decision flow = flowNamed(message, state.suspendFlow(), flows.flowFor(intent).orElseThrow());
        if (rule.isPresent() && !namesOwnOrder && Questions.isQuestion(message.text()) && flow.flow() != null) {
            // asked as a question ("可以退货吗"): the rule answers it, then the flow asks which order
            List<Reply> replies = new ArrayList<>(flow.replies());
            replies.addFirst(rule.get());
            flow = new Decision(replies, flow.handoff(), flow.queue(), flow.flow(), flow.state());
        }
        return withFaqClauses(message, flow, state);
    }

    /** Asked while a flow waits: the FAQ may answer it; no other flow starts. */
    private Decision fromKnowledge(Heard message, DialogueState state) {
        KnowledgeMatch faq = message.faq();
        if (faq.answers()) {
            return said(state, bestEntry(message, state));
        }
        return suggestions(message).map(s -> offered(message, state, s)).orElseGet(() -> fallback(message, state));
    }

    /**
     * "您是想问" the best FAQ entries when one of them probably answers. Not held back when the intent
     * model reads the message as out of scope: a merchant's FAQ covers much the model never learned.
     */
    private Optional<Answer> suggestions(Heard message) {
        return knowledge.suggest(message.faq(), message.language());
    }

    /**
     * Nothing answered, the FAQ's best entry is more likely wrong than right, and the message names
     * the goods the store sells ("oolong to drink at the office", read as out of scope): the products
     * that fit, as a request for them would find them, help more than "did you mean" entries that
     * probably miss. Empty when the catalog fits nothing (its "we don't sell that" answers nothing
     * that was asked).
     */
    private Optional<Answer> productsThatFit(Heard message, DialogueState state) {
        if (isLikely(message.faq()) || !productFinder.namesTheGoods(message.text())) {
            return Optional.empty();
        }
        Ask asked = new Ask(message.turn(), "recommendation", state, message.faq(), message.now());
        return Optional.of(products.answer(asked)).filter(TurnRouter::showsProducts);
    }

    private static boolean showsProducts(Answer answer) {
        return answer.replies().stream().anyMatch(reply -> reply.cards().stream().anyMatch(card -> "product".equals(card.type())));
    }

    /** Choices instead of an answer: the customer may pick one, but the turn counts as a miss, and two in a row bring a human. */
    private Decision offered(Heard message, DialogueState state, Answer choices) {
        DialogueState failed = state.failed(state.lastReply());
        if (failed.fallbacks() >= escalation.fallbacksInARow()) {
            return handOver(message.turn(), failed, escalation.request("bot_failure", Escalation.PRIORITY_REQUEST, message.turn()));
        }
        String last = choices.replies().getLast().text();
        return decision(choices.replies(), choices.remember().apply(failed.with(b -> b.lastReply = last)));
    }

    /**
     * What the customer means, beyond the classifier's reading: a flow asked for together with
     * something else leads; the order that answers "which order?" asked before; "那另一个订单呢"
     * asking the last order question again of another order; an order pasted on its own; a product
     * named, or a variant, attribute, price or "it" of the product talked about; a refinement of the
     * last search; a request the catalog's own words explain.
     */
    /** The intent the router settled on, and whether the conversation (not the classifier alone) settled it. */
    private record Meaning(String intent, boolean fromContext) {

        static Meaning read(String intent) {
            return new Meaning(intent, false);
        }

        static Meaning inferred(String intent) {
            return new Meaning(intent, true);
        }
    }

    private Meaning meant(Heard message, DialogueState state, OrderReferences.Reference order) {
        Understanding understood = message.understood();
        String intent = understood.intent();
        Kind kind = catalogue.find(intent).map(IntentCatalogue.Intent::kind).orElse(Kind.KNOWLEDGE);
        Optional<String> flowToo = understood.intents().stream()
            .filter(candidate -> catalogue.is(candidate.name(), Kind.FLOW) && candidate.confidence() >= SECOND_INTENT_ABOVE)
            .map(Understanding.IntentScore::name).findFirst();
        if (kind != Kind.FLOW && flowToo.isPresent() && understood.intents().size() >= 2) {
            return Meaning.inferred(flowToo.get());
        }
        boolean weak = kind == Kind.KNOWLEDGE || kind == Kind.SMALL_TALK || understood.confidence() < CLARIFY_BELOW;
        boolean confidentlyElse = understood.confidence() >= SWITCH_TOPIC_ABOVE && !weak;
        DialogueState.Memory memory = state.memory();
        String text = message.text();
        if (state.pendingIntent() != null && (!confidentlyElse || intent.equals(state.pendingIntent())) && order.order().isPresent()) {
            return Meaning.inferred(state.pendingIntent());
        }
        boolean backToOrders = Referents.meansTheOther(text) || Referents.ordinal(text).isPresent() && !memory.orders().isEmpty();
        if (backToOrders && memory.intent() != null && (kind == Kind.ORDER || !confidentlyElse)) {
            return Meaning.inferred(memory.intent());
        }
        // "那HW-7725307呢": the question just asked of one order, asked of another
        boolean sameOfAnotherOrder = Referents.leavesOutTheQuestion(text) && order.order().isPresent() && memory.orderId() != null
                && !order.order().get().orderId().equals(memory.orderId());
        if (sameOfAnotherOrder && memory.intent() != null && !confidentlyElse) {
            return Meaning.inferred(memory.intent());
        }
        if (order.order().isPresent() && (weak || kind == Kind.PRODUCT || kind == Kind.STORE)) {
            // an order id or tracking number pasted is about that order, whatever else the words suggest
            return Meaning.inferred(kind == Kind.PRODUCT ? requestOfTheOrdersItem(message, order.order().get()) : "logistics");
        }
        Optional<String> beyondTheNames = kind == Kind.PRODUCT ? requestBeyondTheNames(message) : Optional.empty();
        if (beyondTheNames.isPresent()) {
            return Meaning.inferred(beyondTheNames.get());
        }
        if (kind == Kind.PRODUCT && productFinder.asksForWhatIsNotSold(text)) {
            // asked whether the store sells a thing none of its products is called: an honest no, not the product a detail names
            return Meaning.inferred("product_search");
        }
        Ask ask = new Ask(message.turn(), "product_question", state, message.faq(), message.now());
        // "轻焙那个6L的空气炸锅多少钱" uses the words of the air fryers' promotion, but asks the price
        if (kind != Kind.ORDER && kind != Kind.FLOW && kind != Kind.HUMAN && promotions.names(text) && !products.asksPriceOrAttribute(ask)) {
            return Meaning.inferred("promotion_query");
        }
        ProductAnswerer.FollowUp followUp = products.followsUp(ask);
        // "它噪音大不大" asks a fact of the product talked about, however much it sounds like a complaint
        boolean complains = kind == Kind.COMPLAINT && !(followUp == ProductAnswerer.FollowUp.DETAIL && Questions.isQuestion(text));
        boolean aboutProducts = memory.search() != null || memory.sku() != null;
        boolean beyondProducts = (kind == Kind.ORDER || kind == Kind.FLOW || kind == Kind.HUMAN || complains)
                && (understood.confidence() >= SWITCH_TOPIC_ABOVE || order.order().isPresent());
        if (aboutProducts && ProductFinder.asksCheaper(text) && !beyondProducts) {
            return Meaning.inferred("product_search");
        }
        boolean namesOneProduct = understood.entities().containsKey("sku");
        // "is there any free gift if I buy the purple one?": a variant named, but the offers on it asked for
        boolean asksOfTheStore = kind == Kind.STORE && understood.confidence() >= SWITCH_TOPIC_ABOVE && !products.asksAFact(ask);
        if (followUp == ProductAnswerer.FollowUp.DETAIL && !beyondProducts && !asksOfTheStore && (!message.faq().answers() || namesOneProduct)) {
            return Meaning.inferred("product_question");
        }
        if (!weak) {
            return Meaning.read(intent);
        }
        if (message.faq().answers()) {
            // a need the catalog's own words explain asks for products, whatever rule of the store it touches too
            return productFinder.explains(text) ? Meaning.inferred("recommendation") : Meaning.read(intent);
        }
        Map<String, Object> entities = understood.entities();
        boolean namesAProduct = !ProductMentions.skus(entities).isEmpty() || entities.containsKey("brand");
        boolean namesOnlyACategory = !namesAProduct && entities.containsKey("category");
        if (namesAProduct || namesOnlyACategory && !faqLikelierThanProducts(message) || followUp == ProductAnswerer.FollowUp.IT) {
            return Meaning.inferred("product_question");
        }
        boolean refines = memory.search() != null && (entities.containsKey("attributes") || entities.containsKey("priceRange")
                || Referents.leavesOutTheQuestion(text));
        return refines ? Meaning.inferred("product_search") : productFinder.explains(text) ? Meaning.inferred("recommendation") : Meaning.read(intent);
    }

    /**
     * "最近空气炸锅有活动没": read as a product request for the catalog's names in it, while what it
     * asks of them ("最近有活动没") is, more surely than that and surely enough to change the topic, a
     * request about offers, orders or an after-sales flow.
     */
    private Optional<String> requestBeyondTheNames(Heard message) {
        String rest = products.withoutNames(message.text(), message.understood().entities());
        if (rest == null || rest.isBlank()) {
            return Optional.empty();
        }
        Understanding read = understanding.understand(rest);
        double asRequestForProducts = message.understood().confidence();
        return Optional.of(read.intent()).filter(intent -> read.confidence() >= Math.max(SWITCH_TOPIC_ABOVE, asRequestForProducts))
            .filter(intent -> catalogue.is(intent, Kind.STORE) || catalogue.is(intent, Kind.ORDER) || catalogue.is(intent, Kind.FLOW));
    }

    /**
     * "38215 那件冲锋衣拉链坏了 想退": the product the message names is an item of the order it names,
     * so the product words that made it read as a product request tell what was bought, not what is
     * wanted. The likeliest request about an order among the intent model's readings is; else where
     * the order is.
     */
    private String requestOfTheOrdersItem(Heard message, Order order) {
        Understanding understood = message.understood();
        if (!orderReferences.namesAnItemOf(order, understood.entities())) {
            return "logistics";
        }
        return understood.intents().stream().map(Understanding.IntentScore::name)
            .filter(name -> catalogue.is(name, Kind.FLOW) || catalogue.is(name, Kind.ORDER)).findFirst().orElse("logistics");
    }

    /**
     * "空调能不能分12期不要利息" names a category in passing: when the intent model is unsure and no
     * product is named, the FAQ's best entry being likelier right than every product reading together
     * says the question is about the store's rules, not a request for products.
     */
    private boolean faqLikelierThanProducts(Heard message) {
        double products = message.understood().intents().stream().filter(candidate -> catalogue.is(candidate.name(), Kind.PRODUCT))
            .mapToDouble(Understanding.IntentScore::confidence).sum();
        return probability(message.faq()) > products;
    }

    /** "查下物流，顺便开个发票": a second question in the same message gets its own answer. */
    private Decision alsoAnswerSecondIntent(Heard message, Ask first, Meaning meaning, Decision decision) {
        Understanding understood = message.understood();
        if (decision.handoff() != null || decision.replies().isEmpty()) {
            return decision;
        }
        Optional<Understanding.IntentScore> second = understood.intents().stream()
            .filter(candidate -> !candidate.name().equals(first.intent()) && candidate.confidence() >= SECOND_INTENT_ABOVE)
            // the classifier's reading the router set aside for the conversation's is no second question
            .filter(candidate -> !(meaning.fromContext() && candidate.name().equals(understood.intent())))
            .filter(candidate -> !(isWhereIsMyOrder(candidate.name()) && isWhereIsMyOrder(first.intent())))
            .filter(candidate -> catalogue.is(candidate.name(), Kind.ORDER) || catalogue.is(candidate.name(), Kind.STORE))
            .findFirst();
        if (second.isEmpty()) {
            return decision;
        }
        DialogueState state = states.read(decision.state());
        IntentCatalogue.Intent described = catalogue.find(second.get().name()).orElseThrow();
        Answer more = answerers.get(described.answerer()).answer(new Ask(message.turn(), described.name(), state, message.faq(), message.now()));
        if (!more.isSpecific()) {
            return decision;
        }
        List<Reply> replies = new ArrayList<>(decision.replies());
        replies.addAll(more.replies());
        DialogueState after = more.remember().apply(state);
        return new Decision(replies, null, null, flowOf(after), states.write(after));
    }

    private static boolean isWhereIsMyOrder(String intent) {
        return "order_status".equals(intent) || "logistics".equals(intent);
    }

    /**
     * "取消订单X，另外你们发顺丰吗": each further clause the merchant's FAQ answers gets that answer,
     * before the question a flow then waits on. A clause is judged as the message would be: its FAQ
     * match on its repaired reading, corroborated by what the intent model reads in the clause alone.
     */
    private Decision withFaqClauses(Heard message, Decision decision, DialogueState before) {
        List<String> clauses = Clauses.split(message.text());
        if (decision.handoff() != null || clauses.size() < 2) {
            return decision;
        }
        Set<String> cited = new java.util.HashSet<>();
        decision.replies().forEach(reply -> reply.sources().stream().filter(s -> "knowledge".equals(s.type())).forEach(s -> cited.add(s.id())));
        List<Reply> added = new ArrayList<>();
        String source = null;
        for (String clause : clauses) {
            Understanding read = understanding.understand(clause);
            KnowledgeMatch match = corroborated(knowledge.match(read.readingOr(clause), message.language()), read);
            log.debug("Clause \"{}\" read as {} {}; FAQ {} {}", clause, read.intent(), String.format("%.2f", read.confidence()), match.band(),
                    match.candidates().stream().map(c -> c.entryId() + " " + String.format("%.2f", c.probability())).toList());
            // a clause answered by the entries the message itself is answered from adds nothing
            List<KnowledgeMatch.Candidate> answering = clauseAnswering(match, read);
            if (!answering.isEmpty() && answering.stream().noneMatch(entry -> cited.contains(entry.source()))) {
                answering.forEach(entry -> cited.add(entry.source()));
                added.addAll(knowledge.fromMatch(match, message.language(), null).replies());
                source = match.best().orElseThrow().source();
            }
        }
        if (added.isEmpty()) {
            return decision;
        }
        DialogueState state = states.read(decision.state());
        List<Reply> replies = new ArrayList<>(decision.replies());
        replies.addAll(state.flow() != null && !replies.isEmpty() ? replies.size() - 1 : replies.size(), added);
        String answeredFrom = source;
        DialogueState after = state.flow() == null ? state.with(b -> b.answeredFromKnowledge = answeredFrom) : state;
        return new Decision(replies, null, null, flowOf(after), states.write(after));
    }

    /**
     * The entries a clause is answered from: those of a sure match, or, for a clause the intent model
     * reads as no request of its own ("另外买奶粉为啥要身份证" after an order question), the best of a
     * likely one, since the answer to the rest of the message answers nothing of it; else none.
     */
    private List<KnowledgeMatch.Candidate> clauseAnswering(KnowledgeMatch match, Understanding read) {
        if (match.answers()) {
            return match.answering();
        }
        return isLikely(match) && readAsNoRequest(read) ? match.best().stream().toList() : List.of();
    }

    private Decision clarify(Heard message, DialogueState state) {
        List<String> options = message.understood().intents().stream().limit(2)
            .map(candidate -> catalogue.find(candidate.name()).map(i -> i.label(message.language())).orElse(candidate.name())).toList();
        return said(state, Answer.generic(Reply.of(phrases.sayOtherThan(state.lastReply(), "clarify", message.language(), Map.of()), options)));
    }

    /**
     * Nothing of the bot's own answers: the optional language model may, from the store's facts;
     * otherwise the question is recorded for curation and the bot says so honestly.
     */
    private Decision fallback(Heard message, DialogueState state) {
        Optional<Answer> generated = modelAnswers.answer(message.turn(), message.model());
        if (generated.isPresent()) {
            return said(state, generated.get());
        }
        knowledge.unanswered(message.text(), message.language());
        DialogueState failed = state.failed(state.lastReply());
        if (failed.fallbacks() >= escalation.fallbacksInARow()) {
            return handOver(message.turn(), failed, escalation.request("bot_failure", Escalation.PRIORITY_REQUEST, message.turn()));
        }
        String text = phrases.sayOtherThan(state.lastReply(), "fallback", message.language(), Map.of());
        return decision(List.of(Reply.of(text, menu.options(message.language()))), failed.with(b -> b.lastReply = text));
    }

    private Decision handOver(DialogueTurn turn, DialogueState state, HandoffRequest handoff) {
        QueueEstimate estimate = queue.estimateFor(turn.conversationId(), handoff.priority());
        String text = estimate.agentsAvailable()
                ? phrases.say("handoff.queued", turn.language(), Map.of("position", estimate.position(),
                        "minutes", Math.max(1, (estimate.estimatedWaitSeconds() + 59) / 60)))
                : phrases.say("handoff.ticket", turn.language(), Map.of("open", settings.current().businessHours().open(),
                        "close", settings.current().businessHours().close()));
        DialogueState after = state.helped(text);
        return new Decision(List.of(Reply.of(text, List.of())), handoff, estimate, null, states.write(after));
    }

    /** After answering something else, offers to pick up the flow the customer stepped out of. */
    private Decision remindOfSuspended(Decision decision, String language) {
        DialogueState state = states.read(decision.state());
        if (state.flow() != null || state.suspended().isEmpty() || decision.handoff() != null) {
            return decision;
        }
        String flow = state.suspended().getLast().name();
        List<Reply> replies = new ArrayList<>(decision.replies());
        replies.add(Reply.of(phrases.say("flow.resume." + flow, language), List.of(phrases.say("flow.continue." + flow, language))));
        return new Decision(replies, decision.handoff(), decision.queue(), decision.flow(), decision.state());
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

    /** The answer said: the bot helped, and the answer's memory is kept. */
    private Decision said(DialogueState state, Answer answer) {
        String last = answer.replies().isEmpty() ? state.lastReply() : answer.replies().getLast().text();
        DialogueState after = answer.remember().apply(state.helped(last));
        return decision(answer.replies(), after);
    }

    private Decision decision(List<Reply> replies, DialogueState state) {
        return new Decision(replies, null, null, flowOf(state), states.write(state));
    }

    private static Decision.Flow flowOf(DialogueState state) {
        return state.flow() == null ? null : new Decision.Flow(state.flow().name(), state.flow().awaiting());
    }
}
