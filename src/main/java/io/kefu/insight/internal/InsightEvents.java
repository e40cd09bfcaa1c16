package io.kefu.insight.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The insight_events table: one row per thing that happened (a conversation started, was handed
 * over, an agent replied, a customer wrote, a rating came in), append only. Appending never
 * conflicts, so listeners may record in any order and on any node.
 */
@Repository
class InsightEvents {

    static final String STARTED = "STARTED";
    static final String HANDED_OVER = "HANDED_OVER";
    static final String MESSAGES = "MESSAGES";
    static final String AGENT_REPLY = "AGENT_REPLY";
    static final String CUSTOMER_MESSAGE = "CUSTOMER_MESSAGE";
    static final String RATED = "RATED";

    private final JdbcClient jdbc;

    InsightEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String conversationId, String kind, OffsetDateTime at, String label, String emotion, Integer amount) {
        jdbc.sql("""
                INSERT INTO insight_events (conversation_id, kind, happened_at, at_millis, label, emotion, amount)
                VALUES (:conversationId, :kind, :at, :millis, :label, :emotion, :amount)""")
            .param("conversationId", conversationId).param("kind", kind).param("at", at).param("millis", at.toInstant().toEpochMilli())
            .param("label", label).param("emotion", emotion).param("amount", amount).update();
    }
}
