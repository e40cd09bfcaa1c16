package io.kefu.privacy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's rights over their data (PIPL Art. 44-47): a copy of everything held about them, and
 * erasure. Requests come from the merchant's backend (admin API) or from the shopper in the widget;
 * each is recorded with its outcome.
 */
public interface CustomerDataRights {

    /** Everything held about the customer, section by section; empty when nothing is held (unknown or erased). */
    Optional<Map<String, Object>> export(String customerId);

    /** Records a request for a copy; the copy itself is read with {@link #export}. */
    PrivacyRequest requestExport(String customerId, String channel, String conversationId, String actor);

    /**
     * Erases the customer's data now, or, when {@code reviewWhenConcerned} and something speaks
     * against it (an order still open), files the request for a person's review. Never returns null.
     */
    PrivacyRequest requestErasure(String customerId, String channel, String conversationId, String actor, boolean reviewWhenConcerned);

    /** The customer's requests, newest first. */
    List<PrivacyRequest> requestsOf(String customerId);

    Optional<PrivacyRequest> request(String id);

    /** Requests in the given status (all when null), newest first. */
    List<PrivacyRequest> requests(PrivacyRequest.Status status);

    /** Carries out a request waiting for review. Empty when there is no such request waiting. */
    Optional<PrivacyRequest> approve(String requestId, String actor);

    /** Rejects a request waiting for review, with the reason the customer is told. */
    Optional<PrivacyRequest> reject(String requestId, String actor, String reason);
}
