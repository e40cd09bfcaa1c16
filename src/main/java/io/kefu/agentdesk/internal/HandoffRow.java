package io.kefu.agentdesk.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A conversation handed to the humans. {@code status} is WAITING (in the queue), ASSIGNED (an
 * agent serves it), RESOLVED or CLOSED. {@code priority} is the escalation's; the queue adds aging.
 */
record HandoffRow(String conversationId, String customerId, String language, String reason, int priority, String skill,
        String intent, String summary, String status, OffsetDateTime queuedAt, String assignedAgent, OffsetDateTime assignedAt,
        OffsetDateTime lastCustomerAt, OffsetDateTime lastAgentAt, OffsetDateTime remindedAt, Integer positionTold, String tags) {

    static final String WAITING = "WAITING";
    static final String ASSIGNED = "ASSIGNED";
    static final String RESOLVED = "RESOLVED";
    static final String CLOSED = "CLOSED";

    /** The priority with aging: one level more per {@code agingStep} of waiting, so nobody starves. */
    int effectivePriority(OffsetDateTime now, Duration agingStep) {
        long waited = Math.max(0, Duration.between(queuedAt, now).toMillis());
        return priority + (int) Math.min(100, waited / Math.max(1, agingStep.toMillis()));
    }

    long waitingSeconds(OffsetDateTime now) {
        return Math.max(0, Duration.between(queuedAt, now).toSeconds());
    }

    boolean open() {
        return WAITING.equals(status) || ASSIGNED.equals(status);
    }
}
