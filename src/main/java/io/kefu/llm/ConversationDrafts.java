package io.kefu.llm;

import java.util.List;
import java.util.Optional;

/**
 * Drafts for staff written by the optional language model from a conversation: the summary on a
 * handoff card and FAQ candidates from a resolved conversation. Staff read them; they hold no fact
 * the conversation did not.
 */
public interface ConversationDrafts {

    /**
     * A short summary for the agent taking over, or empty when no model is set, summaries are off or
     * the model failed or added a fact. {@code transcript}: one line per message, {@code role: text}.
     */
    Optional<Generated> summary(List<String> transcript, String language);

    /** A question and its answer as the agent gave it, for curators to approve; empty as for {@link #summary}. */
    Optional<Generated> faqCandidate(List<String> transcript, String language);
}
