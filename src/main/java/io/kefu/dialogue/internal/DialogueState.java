package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot remembers between turns of one conversation.
 *
 * @param fallbacks   consecutive turns the bot could not help with
 * @param lastOrderId the order last talked about
 * @param lastReply   the last text said, so the next phrasing differs
 * @param flow        the flow in progress, or null
 * @param suspended   flows the customer stepped out of, most recent last, to come back to
 */
record DialogueState(int fallbacks, String lastOrderId, String lastReply, ActiveFlow flow, List<ActiveFlow> suspended) {

    static final DialogueState INITIAL = new DialogueState(0, null, null, null, List.of());

    DialogueState {
        suspended = suspended == null ? List.of() : List.copyOf(suspended);
    }

    DialogueState helped(String orderId, String reply) {
        return new DialogueState(0, orderId != null ? orderId : lastOrderId, reply, flow, suspended);
    }

    DialogueState failed(String reply) {
        return new DialogueState(fallbacks + 1, lastOrderId, reply, flow, suspended);
    }

    DialogueState withFlow(ActiveFlow active) {
        String order = active != null && active.slots().get("orderId") != null ? active.slots().get("orderId") : lastOrderId;
        return new DialogueState(fallbacks, order, lastReply, active, suspended);
    }

    /** Steps out of the current flow, keeping it to resume later. */
    DialogueState suspendFlow() {
        if (flow == null) {
            return this;
        }
        List<ActiveFlow> kept = new ArrayList<>(suspended.stream().filter(f -> !f.name().equals(flow.name())).toList());
        kept.add(flow);
        return new DialogueState(fallbacks, lastOrderId, lastReply, null, kept);
    }

    /** The suspended flow of that name, taken off the stack, or null. */
    ActiveFlow suspendedFlow(String name) {
        return suspended.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    DialogueState resume(ActiveFlow active) {
        return new DialogueState(fallbacks, lastOrderId, lastReply, active,
                suspended.stream().filter(f -> !f.name().equals(active.name())).toList());
    }
}
