package io.kefu.outreach.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outreach_complaints table: conversations in which a signed-in customer complained, and when
 * each was resolved (closed, or handed back to the bot by the agent who served it).
 */
@Repository
class Complaints {

    private final JdbcClient jdbc;

    Complaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Resolved(String conversationId, String customerId, OffsetDateTime resolvedAt) {
    }

    void noted(String conversationId, String customerId, OffsetDateTime at) {
        try {
            jdbc.sql("INSERT INTO outreach_complaints (conversation_id, customer_id, noted_at) VALUES (:conversation, :customer, :at)")
                .param("conversation", conversationId).param("customer", customerId).param("at", at).update();
        }
        catch (DuplicateKeyException alreadyNoted) {
            // the customer complained again in the same conversation: one complaint, one resolution
        }
    }

    void resolved(String conversationId, OffsetDateTime at) {
        jdbc.sql("UPDATE outreach_complaints SET resolved_at = :at WHERE conversation_id = :conversation AND resolved_at IS NULL")
            .param("conversation", conversationId).param("at", at).update();
    }

    /** Complaints resolved in {@code [since, until]}, oldest first. */
    List<Resolved> resolvedBetween(OffsetDateTime since, OffsetDateTime until) {
        return jdbc.sql("""
                SELECT conversation_id, customer_id, resolved_at FROM outreach_complaints
                WHERE resolved_at >= :since AND resolved_at <= :until ORDER BY resolved_at""")
            .param("since", since).param("until", until)
            .query((rs, row) -> new Resolved(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class))).list();
    }

    void forget(String customerId) {
        jdbc.sql("DELETE FROM outreach_complaints WHERE customer_id = :customer").param("customer", customerId).update();
    }
}
