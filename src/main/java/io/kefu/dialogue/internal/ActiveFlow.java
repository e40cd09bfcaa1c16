package io.kefu.dialogue.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * A flow in progress: the step it is at, the slots filled so far, and what it waits for
 * ({@code awaiting} is a slot name, {@code confirm}, or null).
 */
record ActiveFlow(String name, int step, Map<String, String> slots, String awaiting, boolean reasked) {

    static final String EVIDENCE = "evidence";

    ActiveFlow {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
    }

    static ActiveFlow start(String name) {
        return new ActiveFlow(name, 0, Map.of(), null, false);
    }

    ActiveFlow fill(String slot, String value) {
        Map<String, String> filled = new HashMap<>(slots);
        filled.put(slot, value);
        return new ActiveFlow(name, step, filled, null, false);
    }

    /** Adds files the customer sent while in this flow (kept as the "evidence" slot). */
    ActiveFlow withEvidence(java.util.List<String> attachmentIds) {
        if (attachmentIds.isEmpty()) {
            return this;
        }
        Map<String, String> filled = new HashMap<>(slots);
        String before = filled.get(EVIDENCE);
        filled.put(EVIDENCE, (before == null ? "" : before + ",") + String.join(",", attachmentIds));
        return new ActiveFlow(name, step, filled, awaiting, reasked);
    }

    ActiveFlow next() {
        return new ActiveFlow(name, step + 1, slots, null, false);
    }

    ActiveFlow awaiting(String what, boolean reasked) {
        return new ActiveFlow(name, step, slots, what, reasked);
    }
}
