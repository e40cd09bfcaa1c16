package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.dialogue.Reply;

/**
 * One turn of a flow: who is asking, the slots filled so far, and what the actions found out —
 * variables for the phrasings and cards for the replies.
 */
final class FlowContext {

    final String customerId;
    final String language;
    final OffsetDateTime now;
    final Map<String, String> slots;
    final Map<String, Object> variables = new HashMap<>();
    final List<Reply.Card> cards = new ArrayList<>();
    final List<Reply.Source> sources = new ArrayList<>();

    FlowContext(String customerId, String language, OffsetDateTime now, Map<String, String> slots) {
        this.customerId = customerId;
        this.language = language;
        this.now = now;
        this.slots = slots;
        variables.putAll(slots);
    }
}
