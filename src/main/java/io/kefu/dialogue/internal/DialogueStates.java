package io.kefu.dialogue.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The dialogue state as the conversation stores it: JSON, opaque to every other module. */
@Component
class DialogueStates {

    private static final Logger log = LoggerFactory.getLogger(DialogueStates.class);

    private final JsonMapper json;

    DialogueStates(JsonMapper json) {
        this.json = json;
    }

    /** The stored state; a missing one, or one an older version wrote in another shape, starts afresh. */
    DialogueState read(String stored) {
        if (stored == null || stored.isBlank()) {
            return DialogueState.INITIAL;
        }
        try {
            return json.readValue(stored, DialogueState.class);
        }
        catch (JacksonException e) {
            log.warn("A stored dialogue state could not be read ({}); the conversation continues from a fresh state.", e.getOriginalMessage());
            return DialogueState.INITIAL;
        }
    }

    String write(DialogueState state) {
        return json.writeValueAsString(state);
    }
}
