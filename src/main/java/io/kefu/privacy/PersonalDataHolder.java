package io.kefu.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A module that keeps something about customers. Each module answers for its own tables and files:
 * what it holds of a customer (export), how it forgets them (erasure) and how old records expire
 * (retention). A new table of customer data means one more implementation, nothing else.
 */
public interface PersonalDataHolder {

    /** Adds what this module knows of the customer (personal values, conversations, texts) before any erasure. */
    default void identify(DataSubject subject) {
    }

    /**
     * What this module holds about the customer, as JSON-ready sections of the export by name
     * ({@code profile}, {@code conversations} …); empty when it holds nothing. Never returns null.
     */
    Map<String, Object> export(DataSubject subject);

    /** Why the customer's data cannot be erased without a person's review now (e.g. an order not yet delivered). */
    default List<String> erasureConcerns(DataSubject subject) {
        return List.of();
    }

    /** Removes or anonymises everything this module holds about the customer. */
    void erase(DataSubject subject);

    /** Anonymises or deletes what is older than the retention periods allow. Returns how many records it changed. */
    default int expire(RetentionCutoffs cutoffs) {
        return 0;
    }

    /**
     * The instants before which records expire: transcripts, attachments and analyses each have a
     * period of their own (PIPL Art. 19: kept no longer than necessary).
     */
    record RetentionCutoffs(Instant transcriptsBefore, Instant attachmentsBefore, Instant analysesBefore) {
    }
}
