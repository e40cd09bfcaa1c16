package io.kefu.channel.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable queue of what must reach customers on their channels. A row is written in the same
 * transaction as the message it carries, so a crash loses neither. Each conversation's rows go out
 * one at a time, oldest first: a row is due only while it is the oldest pending one of its
 * conversation, so a message waiting for a retry holds back the later ones instead of being overtaken.
 * A node takes a row by a short lease, so several nodes deliver each row once.
 */
@Repository
class Outbox {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String conversationId, String messageId, String body, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO channel_outbox (conversation_id, message_id, body, status, attempts, next_attempt_at, created_at)
                VALUES (:conversationId, :messageId, :body, 'PENDING', 0, :now, :now)""")
            .param("conversationId", conversationId).param("messageId", messageId == null ? "" : messageId).param("body", body)
            .param("now", now).update();
    }

    /** The head of each conversation's queue that is due and not leased by a node, oldest first. */
    List<Row> due(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                SELECT o.id, o.conversation_id, o.body, o.attempts FROM channel_outbox o
                WHERE o.status = 'PENDING' AND o.next_attempt_at <= :now AND (o.lease_until IS NULL OR o.lease_until < :now)
                  AND o.id = (SELECT MIN(h.id) FROM channel_outbox h WHERE h.conversation_id = o.conversation_id AND h.status = 'PENDING')
                ORDER BY o.id LIMIT :limit""")
            .param("now", now).param("limit", limit)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    /** Takes the row until {@code until}; false when another node took it first. */
    boolean lease(long id, OffsetDateTime now, OffsetDateTime until) {
        return jdbc.sql("""
                UPDATE channel_outbox SET lease_until = :until
                WHERE id = :id AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < :now)""")
            .param("id", id).param("now", now).param("until", until).update() == 1;
    }

    void sent(long id) {
        finish(id, SENT, null);
    }

    void failed(long id, String error) {
        finish(id, FAILED, error);
    }

    void retryAt(long id, OffsetDateTime at, String error) {
        jdbc.sql("UPDATE channel_outbox SET attempts = attempts + 1, next_attempt_at = :at, lease_until = NULL, last_error = :error WHERE id = :id")
            .param("id", id).param("at", at).param("error", clip(error)).update();
    }

    private void finish(long id, String status, String error) {
        jdbc.sql("UPDATE channel_outbox SET status = :status, attempts = attempts + 1, lease_until = NULL, last_error = :error WHERE id = :id")
            .param("id", id).param("status", status).param("error", clip(error)).update();
    }

    private static String clip(String error) {
        return error == null || error.length() <= 512 ? error : error.substring(0, 512);
    }

    record Row(long id, String conversationId, String body, int attempts) {
    }
}
