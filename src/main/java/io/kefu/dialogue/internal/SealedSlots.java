package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.privacy.PersonalDataSeal;
import io.kefu.privacy.PiiMasker;

/**
 * The dialogue state as it leaves and enters the policy. The conversation stores the state with
 * personal data masked, but a flow must keep what the customer answered until it acts on it: the
 * new address "朝阳区… 13812345678" is asked in one turn and written to the order when the customer
 * confirms in the next. Slot values that hold personal data therefore leave sealed and are opened
 * when the next turn starts. A value that cannot be opened (sealed under another node's key) sends
 * its flow back to its first step, which asks for it again.
 */
@Component
class SealedSlots {

    private final PersonalDataSeal seal;
    private final DialogueStates states;

    SealedSlots(PersonalDataSeal seal, DialogueStates states) {
        this.seal = seal;
        this.states = states;
    }

    /** The stored state with its slot values opened; the initial state when there is none. */
    DialogueState open(String stored) {
        return withFlows(states.read(stored), this::opened);
    }

    /** The state to store: slot values that hold personal data sealed. */
    String seal(String state) {
        if (state == null) {
            return null;
        }
        return states.write(withFlows(states.read(state), this::sealed));
    }

    private ActiveFlow opened(ActiveFlow flow) {
        Map<String, String> slots = new HashMap<>();
        boolean lost = false;
        for (Map.Entry<String, String> slot : flow.slots().entrySet()) {
            Optional<String> value = PersonalDataSeal.isSealed(slot.getValue()) ? seal.open(slot.getValue()) : Optional.of(slot.getValue());
            value.ifPresent(clear -> slots.put(slot.getKey(), clear));
            lost |= value.isEmpty();
        }
        return lost ? new ActiveFlow(flow.name(), 0, slots, null, false) : new ActiveFlow(flow.name(), flow.step(), slots, flow.awaiting(), flow.reasked());
    }

    private ActiveFlow sealed(ActiveFlow flow) {
        Map<String, String> slots = new HashMap<>();
        flow.slots().forEach((name, value) -> slots.put(name, PiiMasker.holdsPii(value) ? seal.seal(value) : value));
        return new ActiveFlow(flow.name(), flow.step(), slots, flow.awaiting(), flow.reasked());
    }

    private static DialogueState withFlows(DialogueState state, java.util.function.UnaryOperator<ActiveFlow> change) {
        List<ActiveFlow> suspended = new ArrayList<>();
        state.suspended().forEach(flow -> suspended.add(change.apply(flow)));
        ActiveFlow flow = state.flow() == null ? null : change.apply(state.flow());
        return state.with(b -> {
            b.flow = flow;
            b.suspended = suspended;
        });
    }
}
