package io.kefu.knowledge;

import java.time.OffsetDateTime;

/**
 * One version in an entry's history: who changed it, when, how ({@code CREATED}, {@code UPDATED},
 * {@code DELETED}, {@code ROLLED_BACK}, {@code APPROVED}), and the entry as of that version
 * (null once deleted).
 */
public record EntryVersion(String entryId, int version, String change, String changedBy, OffsetDateTime changedAt,
        FaqEntry entry) {
}
