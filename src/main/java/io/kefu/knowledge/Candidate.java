package io.kefu.knowledge;

import java.time.OffsetDateTime;

/**
 * An FAQ entry proposed from a resolved agent conversation: the customer's question and the
 * agent's answer, waiting for a supervisor ({@code PENDING}, then {@code APPROVED} with the
 * {@code entryId} it became, or {@code REJECTED}). When the optional language model drafted the
 * answer, {@code answer} is its draft, {@code agentAnswer} the agent's own words it rests on and
 * {@code draftedBy} the model; both null otherwise. A draft is published only when approved.
 */
public record Candidate(String id, String question, String answer, String language, String sourceConversationId,
        String status, OffsetDateTime createdAt, String decidedBy, OffsetDateTime decidedAt, String entryId, String agentAnswer,
        String draftedBy) {
}
