package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who did what to which customer's data, and when: every agent action on a conversation (accept,
 * reading the card, messages, notes, transfer, resolve, takeover) leaves a line here.
 */
@Component
class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String actor, String action, String conversationId, String customerId, String detail) {
        jdbc.sql("""
                INSERT INTO audit_log (happened_at, actor, action, conversation_id, customer_id, detail)
                VALUES (:now, :actor, :action, :conversationId, :customerId, :detail)""")
            .param("now", OffsetDateTime.now()).param("actor", actor).param("action", action).param("conversationId", conversationId)
            .param("customerId", customerId).param("detail", detail).update();
    }

    /** The newest entries first; filtered by conversation when it is given. */
    List<Entry> entries(String conversationId, int limit) {
        String where = conversationId == null ? "" : " WHERE conversation_id = :conversationId";
        var statement = jdbc.sql("SELECT happened_at, actor, action, conversation_id, customer_id, detail FROM audit_log" + where
                + " ORDER BY id DESC LIMIT :limit").param("limit", limit);
        if (conversationId != null) {
            statement = statement.param("conversationId", conversationId);
        }
        return statement.query((rs, row) -> new Entry(rs.getObject("happened_at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), rs.getString("conversation_id"), rs.getString("customer_id"), rs.getString("detail"))).list();
    }

    record Entry(OffsetDateTime time, String actor, String action, String conversationId, String customerId, String detail) {
    }
}
