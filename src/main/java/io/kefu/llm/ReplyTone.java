package io.kefu.llm;

import java.util.Optional;

/**
 * Rephrases a template reply to fit how the customer feels, keeping every fact it states.
 */
public interface ReplyTone {

    /**
     * The reply said in a tone that fits {@code emotion}, or empty when no model is set, tone is off,
     * or the rephrasing lost or added a number, id, date or window; never throws for the model's sake.
     *
     * @param customerText the customer's message the reply answers; masked and sent only as the user's message
     */
    Optional<Generated> rephrase(String reply, String emotion, String customerText, String language);
}
