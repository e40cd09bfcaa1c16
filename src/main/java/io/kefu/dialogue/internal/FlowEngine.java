package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.AfterSalesPolicy;
import io.kefu.dialogue.Reply;
import io.kefu.platform.KefuSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the declarative flows of the {@link FlowBook}: from where a flow stands it fills slots,
 * calls actions, branches on their outcome and speaks, until it needs the customer's answer or
 * ends. An answer that does not parse is asked again once, with an example; a second miss ends the
 * flow so the policy can offer a human instead of looping.
 */
@Component
class FlowEngine {

    static final String CONFIRM = "confirm";
    /** Flows that switch to each other in a circle stop after this many switches in one turn. */
    private static final int MAX_SWITCHES = 3;

    private final FlowBook book;
    private final FlowActions actions;
    private final SlotReader slots;
    private final Phrases phrases;

    FlowEngine(KefuSettings settings, JsonMapper json, FlowActions actions, SlotReader slots, Phrases phrases) {
        this.book = FlowBook.load(settings.dataDir(), json, actions.names());
        this.actions = actions;
        this.slots = slots;
        this.phrases = phrases;
    }

    /** Whether the text is one of the offered choices of the slot the flow waits for. */
    boolean isChoiceOfAwaitedSlot(ActiveFlow flow, String text, String language) {
        FlowBook.Slot slot = flow.awaiting() == null ? null : book.slots().get(flow.awaiting());
        return slot != null && slot.choices().stream().anyMatch(choice -> phrases.say(choice, language).equalsIgnoreCase(text.strip()));
    }

    Optional<String> flowFor(String intent) {
        return book.flowFor(intent);
    }

    /**
     * The question the flow waits on, put again as it was first put: after the customer asked
     * something else in between, the flow picks up where it was. Empty when it waits for nothing.
     */
    Optional<Reply> prompt(ActiveFlow flow, SlotReader.FlowTurn turn) {
        if (flow.awaiting() == null || flow.step() >= book.flows().get(flow.name()).steps().size()) {
            return Optional.empty();
        }
        FlowBook.Step step = book.flows().get(flow.name()).steps().get(flow.step());
        if (CONFIRM.equals(flow.awaiting()) && step.confirm() != null) {
            return Optional.of(Reply.of(phrases.say(step.confirm(), turn.language(), new HashMap<>(flow.slots())),
                    List.of(phrases.say("flow.yes", turn.language()), phrases.say("flow.no", turn.language()))));
        }
        FlowBook.Slot slot = book.slots().get(flow.awaiting());
        return slot == null ? Optional.empty()
                : Optional.of(Reply.of(askText(slot, false, turn.language(), flow.slots()), choices(flow.awaiting(), slot, flow.name(), turn)));
    }

    FlowBook.Slot slot(String name) {
        return book.slots().get(name);
    }

    /** The name of the slot the flow waits for, and whether it is free text (not an order, a choice or a yes/no). */
    boolean awaitsFreeText(ActiveFlow flow) {
        FlowBook.Slot slot = flow.awaiting() == null ? null : book.slots().get(flow.awaiting());
        return slot != null && !"orderId".equals(flow.awaiting());
    }

    /**
     * @param flow the flow to continue (or a freshly started one)
     * @return what to say, and the flow afterwards: null when it ended
     */
    Result advance(ActiveFlow flow, SlotReader.FlowTurn turn, OffsetDateTime now) {
        Run run = new Run(turn);
        ActiveFlow active = flow;
        List<FlowBook.Step> steps = book.flows().get(flow.name()).steps();
        int switches = 0;
        while (active.step() < steps.size()) {
            FlowBook.Step step = steps.get(active.step());
            run.variables.putAll(active.slots());
            if (step.ask() != null) {
                if (active.slots().containsKey(step.ask())) {
                    active = active.next();
                    continue;
                }
                boolean answering = step.ask().equals(active.awaiting());
                FlowBook.Slot slot = book.slots().get(step.ask());
                Optional<String> value = slots.read(step.ask(), slot, flow.name(), turn, answering);
                if (value.isPresent()) {
                    active = active.fill(step.ask(), value.get()).next();
                    continue;
                }
                if (answering && active.reasked()) {
                    return run.gaveUp();
                }
                run.ask(askText(slot, answering, turn.language(), active.slots()), choices(step.ask(), slot, flow.name(), turn));
                return run.waiting(active.awaiting(step.ask(), answering));
            }
            if (step.confirm() != null) {
                if (CONFIRM.equals(active.awaiting())) {
                    YesNo answer = YesNo.of(turn.text());
                    if (answer == YesNo.YES) {
                        active = active.next();
                        continue;
                    }
                    if (answer == YesNo.NO) {
                        run.say("flow.cancelled");
                        return run.ended();
                    }
                    if (active.reasked()) {
                        return run.gaveUp();
                    }
                }
                boolean reasking = CONFIRM.equals(active.awaiting());
                run.ask(phrases.say(step.confirm(), turn.language(), run.variables),
                        List.of(phrases.say("flow.yes", turn.language()), phrases.say("flow.no", turn.language())));
                return run.waiting(active.awaiting(CONFIRM, reasking));
            }
            if (step.action() != null) {
                FlowContext context = new FlowContext(turn.customerId(), turn.language(), now, active.slots());
                String outcome = actions.run(step.action(), context);
                run.collect(context);
                FlowBook.Step branch = branchFor(step, outcome);
                if (branch != null && branch.say() != null) {
                    run.say(branch.say());
                }
                if (branch != null && branch.switchTo() != null && switches++ < MAX_SWITCHES) {
                    active = new ActiveFlow(branch.switchTo(), 0, active.slots(), null, false);
                    steps = book.flows().get(active.name()).steps();
                    continue;
                }
                if (branch != null && branch.end()) {
                    return run.ended();
                }
                active = active.next();
                continue;
            }
            run.say(step.say());
            if (step.end()) {
                return run.ended();
            }
            active = active.next();
        }
        return run.ended();
    }

    /** The step an outcome leads to; an outcome the flow does not name is taken as the broader one it is a case of. */
    private static FlowBook.Step branchFor(FlowBook.Step step, String outcome) {
        FlowBook.Step branch = step.outcomes().get(outcome);
        if (branch == null && AfterSalesPolicy.NOT_SHIPPED.equals(outcome)) {
            branch = step.outcomes().get(AfterSalesPolicy.NOT_DELIVERED);
        }
        if (branch == null && AfterSalesPolicy.EXCHANGE_STILL_OPEN.equals(outcome)) {
            branch = step.outcomes().get(AfterSalesPolicy.WINDOW_PASSED);
        }
        if (branch == null && !FlowActions.OK.equals(outcome)) {
            return new FlowBook.Step(null, null, null, null, "flow.failed", true, null);
        }
        return branch;
    }

    /** The question for a slot, naming what the flow already knows (the order whose address changes). */
    private String askText(FlowBook.Slot slot, boolean again, String language, Map<String, String> known) {
        String ask = phrases.say(slot.ask(), language, new HashMap<>(known));
        if (!again) {
            return ask;
        }
        String example = slot.example() == null ? "" : phrases.say(slot.example(), language);
        return phrases.say("flow.notUnderstood", language) + ask + example;
    }

    private List<String> choices(String slotName, FlowBook.Slot slot, String flow, SlotReader.FlowTurn turn) {
        if ("orderId".equals(slotName)) {
            return slots.candidateOrders(flow, turn.customerId());
        }
        return slot.choices().stream().map(choice -> phrases.say(choice, turn.language())).toList();
    }

    /** What one advance produces: the replies, the flow after it (null = ended), and the order it was about (null = none yet). */
    record Result(List<Reply> replies, ActiveFlow flow, boolean gaveUp, String orderId) {
    }

    /** Replies of one advance; cards and sources that actions found go on the next thing said. */
    private final class Run {

        final SlotReader.FlowTurn turn;
        final Map<String, Object> variables = new HashMap<>();
        final List<Reply> replies = new ArrayList<>();
        final List<Reply.Card> cards = new ArrayList<>();
        final List<Reply.Source> sources = new ArrayList<>();

        Run(SlotReader.FlowTurn turn) {
            this.turn = turn;
        }

        void collect(FlowContext context) {
            variables.putAll(context.variables);
            cards.addAll(context.cards);
            sources.addAll(context.sources);
        }

        void say(String key) {
            ask(phrases.say(key, turn.language(), variables), List.of());
        }

        void ask(String text, List<String> quickReplies) {
            replies.add(new Reply(text, quickReplies, List.copyOf(sources), List.copyOf(cards)));
            cards.clear();
            sources.clear();
        }

        Result waiting(ActiveFlow flow) {
            return new Result(List.copyOf(replies), flow, false, orderId());
        }

        Result ended() {
            return new Result(List.copyOf(replies), null, false, orderId());
        }

        Result gaveUp() {
            return new Result(List.copyOf(replies), null, true, orderId());
        }

        private String orderId() {
            Object id = variables.get("orderId");
            return id == null ? null : id.toString();
        }
    }
}
