package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import io.kefu.dialogue.DialogueTurn;
import io.kefu.knowledge.KnowledgeMatch;

/**
 * What one turn asks of an answerer: the customer's message and its analysis, the intent the
 * router settled on, what the conversation remembers, and how the merchant's FAQ matches it.
 */
record Ask(DialogueTurn turn, String intent, DialogueState state, KnowledgeMatch knowledge, OffsetDateTime now) {

    String text() {
        return turn.text();
    }

    /** The message with its typos repaired ("how mcuh" reads "how much"), for spotting what it asks. */
    String reading() {
        return turn.understanding().readingOr(turn.text());
    }

    String language() {
        return turn.language();
    }

    String customerId() {
        return turn.customerId();
    }

    Map<String, Object> entities() {
        return turn.understanding().entities();
    }

    DialogueState.Memory memory() {
        return state.memory();
    }

    Ask as(String otherIntent) {
        return new Ask(turn, otherIntent, state, knowledge, now);
    }
}
