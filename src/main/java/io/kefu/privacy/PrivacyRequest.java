package io.kefu.privacy;

import java.time.OffsetDateTime;

/**
 * A customer's request to get a copy of their data or to have it erased, with its outcome: done at
 * once, waiting for a person's review (an erasure while an order is still open), or rejected with
 * the reason given to the customer (PIPL Art. 50). {@code customerRef} is the customer's id, or a
 * pseudonym once their data was erased.
 */
public record PrivacyRequest(String id, String customerRef, Kind kind, Status status, String channel, String conversationId,
        String outcome, OffsetDateTime requestedAt, OffsetDateTime decidedAt, String decidedBy) {

    public enum Kind {
        EXPORT, ERASURE
    }

    public enum Status {
        /** Waiting for a person to approve or reject it. */
        REVIEW,
        DONE,
        REJECTED
    }
}
