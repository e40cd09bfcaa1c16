package io.kefu.dialogue;

import java.util.List;

/**
 * What the bot does with a turn.
 *
 * @param replies what it says, in order (may be empty)
 * @param handoff non-null to hand the customer to a human
 * @param queue   the queue estimate told to the customer when handed over, else null
 * @param flow    the flow awaiting an answer, else null
 * @param state   the dialogue state to keep for the next turn (opaque JSON)
 */
public record Decision(List<Reply> replies, HandoffRequest handoff, QueueEstimate queue, Flow flow, String state) {

    public Decision {
        replies = List.copyOf(replies);
    }

    /** A multi-step flow in progress and the slot it waits for. */
    public record Flow(String name, String awaiting) {
    }
}
