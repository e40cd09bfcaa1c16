package io.kefu.conversation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.conversation.Consent;
import io.kefu.conversation.Consents;

/**
 * The consents table. A signed-in customer's choice holds for all their conversations; an anonymous
 * visitor's for the conversation it was made in. Changes are appended, never updated, so the
 * export shows when a choice was made and changed; the latest one is in force.
 */
@Repository
class ConsentTable implements Consents {

    private final JdbcClient jdbc;

    ConsentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ConversationRow conversation, String name, boolean granted, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO consents (customer_id, conversation_id, name, granted, changed_at)
                VALUES (:customerId, :conversationId, :name, :granted, :at)""")
            .param("customerId", conversation.customerId()).param("conversationId", conversation.id()).param("name", name)
            .param("granted", granted).param("at", at).update();
    }

    /** The choice in force for the conversation's shopper, {@code otherwise} when they never made one. */
    boolean granted(ConversationRow conversation, String name, boolean otherwise) {
        String subject = conversation.customerId() != null ? "customer_id = :subject" : "conversation_id = :subject AND customer_id IS NULL";
        return jdbc.sql("SELECT granted FROM consents WHERE " + subject + " AND name = :name ORDER BY seq DESC LIMIT 1")
            .param("subject", conversation.customerId() != null ? conversation.customerId() : conversation.id()).param("name", name)
            .query(Boolean.class).optional().orElse(otherwise);
    }

    @Override
    public boolean granted(String customerId, String name, boolean otherwise) {
        return jdbc.sql("SELECT granted FROM consents WHERE customer_id = :id AND name = :name ORDER BY seq DESC LIMIT 1")
            .param("id", customerId).param("name", name).query(Boolean.class).optional().orElse(otherwise);
    }

    @Override
    public List<Consent> of(String customerId) {
        return jdbc.sql("SELECT customer_id, conversation_id, name, granted, changed_at FROM consents WHERE customer_id = :id ORDER BY seq")
            .param("id", customerId).query(ConsentTable::map).list();
    }

    @Override
    public void eraseFor(String customerId) {
        jdbc.sql("DELETE FROM consents WHERE customer_id = :id").param("id", customerId).update();
    }

    private static Consent map(ResultSet rs, int row) throws SQLException {
        return new Consent(rs.getString("customer_id"), rs.getString("conversation_id"), rs.getString("name"), rs.getBoolean("granted"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }
}
