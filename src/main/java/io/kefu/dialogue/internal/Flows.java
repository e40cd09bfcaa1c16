package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.DialogueTurn;
import io.kefu.dialogue.Reply;

/**
 * The bot's side of the flows (returns, exchanges, cancellations, address changes): starts them,
 * tells whether a message answers what a flow waits for, advances them, and puts their open
 * question again after the customer asked something else in between.
 */
@Component
class Flows {

    private final FlowEngine engine;
    private final SlotReader slots;
    private final Phrases phrases;

    Flows(FlowEngine engine, SlotReader slots, Phrases phrases) {
        this.engine = engine;
        this.slots = slots;
        this.phrases = phrases;
    }

    Optional<String> flowFor(String intent) {
        return engine.flowFor(intent);
    }

    /** The outcome of one step: what to say and the state after it (flow null when it ended); {@code gaveUp} after a second miss. */
    record Step(List<Reply> replies, DialogueState state, boolean gaveUp) {
    }

    Step advance(DialogueTurn turn, DialogueState state, ActiveFlow flow, OffsetDateTime now) {
        SlotReader.FlowTurn flowTurn = flowTurn(turn, state);
        FlowEngine.Result result = engine.advance(flow.withEvidence(turn.attachmentIds()), flowTurn, now);
        DialogueState after = state.withFlow(result.flow());
        if (result.orderId() != null) {
            // what was asked of the order, for "那HW-… 呢" or "the other one" next, even when the flow ended here
            after = after.remember(after.memory().withOrder(result.orderId(), result.flow() != null ? result.flow().name() : flow.name()));
        }
        if (result.flow() != null && "orderId".equals(result.flow().awaiting())) {
            // the orders offered as buttons are the ones "第二个" or "the other one" can mean
            after = after.remember(after.memory().withOrders(slots.candidateOrders(flow.name(), turn.customerId())));
        }
        return new Step(result.replies(), after, result.gaveUp());
    }

    /**
     * Whether the message answers what the flow waits for: an order of the customer's (or an id to
     * refuse), yes or no to a confirmation, one of the offered choices, or — for a free-text slot —
     * a statement that is no question and no bare "OK".
     */
    boolean answersAwaited(ActiveFlow flow, DialogueTurn turn, DialogueState state, boolean asksSomethingElse) {
        String awaiting = flow.awaiting();
        if (awaiting == null) {
            return false;
        }
        if (FlowEngine.CONFIRM.equals(awaiting)) {
            return YesNo.of(turn.text()) != YesNo.UNCLEAR;
        }
        if (engine.isChoiceOfAwaitedSlot(flow, turn.text(), turn.language())) {
            return true;
        }
        FlowBook.Slot slot = engine.slot(awaiting);
        boolean filled = slot != null && slots.read(awaiting, slot, flow.name(), flowTurn(turn, state), true).isPresent();
        return filled && ("orderId".equals(awaiting) || !asksSomethingElse && !Questions.isQuestion(turn.text()));
    }

    /** Whether the flow waits for words of the customer's own (a reason, an address), not an order, a choice or yes/no. */
    boolean awaitsFreeText(ActiveFlow flow) {
        return engine.awaitsFreeText(flow) && !FlowEngine.CONFIRM.equals(flow.awaiting());
    }

    /** A bare acknowledgement ("好的", "OK") while the flow waits for free text: it answers nothing. */
    boolean isBareAcknowledgement(ActiveFlow flow, DialogueTurn turn) {
        return engine.awaitsFreeText(flow) && !FlowEngine.CONFIRM.equals(flow.awaiting()) && YesNo.of(turn.text()) == YesNo.YES
                && turn.text().strip().codePointCount(0, turn.text().strip().length()) <= 4;
    }

    /** "我们接着刚才的退货：" and the flow's open question, to follow an answer given in between. */
    Optional<Reply> resumePrompt(ActiveFlow flow, DialogueTurn turn, DialogueState state) {
        return engine.prompt(flow, flowTurn(turn, state)).map(prompt -> new Reply(
                phrases.say("flow.back." + flow.name(), turn.language()) + prompt.text(), prompt.quickReplies(), prompt.sources(), prompt.cards()));
    }

    private static SlotReader.FlowTurn flowTurn(DialogueTurn turn, DialogueState state) {
        return new SlotReader.FlowTurn(turn.text(), turn.language(), turn.customerId(), turn.understanding().entities(), state.memory());
    }
}
