package io.kefu.llm;

import java.util.List;
import java.util.Optional;

/**
 * Texts the optional language model drafts from a finished piece of conversation for staff, never
 * for the shopper: a handoff summary for the agent's card and the answer of a mined FAQ candidate
 * for a supervisor to approve. Both run off the customer's turn, so the model's time costs nobody a
 * wait; every failure is "no draft" and the template text stands.
 */
public interface ConversationDrafts {

    /** Whether a handoff summary may come at all: a model is set and handoff summaries are on. */
    boolean summariesAvailable();

    /**
     * A short summary of the conversation for the agent taking it over, or empty when no model is set,
     * summaries are off, the model failed or was too slow, or a guardrail refused its text (a number,
     * order id or date that neither the transcript nor the facts state). Never throws for the model's sake.
     *
     * @param transcript     the conversation, one "role: text" line per message; masked and sent only as the user's message
     * @param facts          what the store knows of the matter (the order referenced …)
     * @param personalValues the customer's own name, address and the like, masked too
     */
    Optional<Generated> handoffSummary(String transcript, String language, List<Fact> facts, List<String> personalValues);

    /** Whether a candidate answer may be drafted at all: a model is set and knowledge drafts are on. */
    boolean knowledgeAvailable();

    /**
     * A reusable FAQ answer to {@code question} resting only on what the agent replied, or empty on
     * the same terms as {@link #handoffSummary}; a fact the agent's replies do not state refuses it.
     */
    Optional<Generated> knowledgeAnswer(String question, List<String> agentReplies, String language);
}
