package io.kefu.agentdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The handoffs table: the queue and the assignments. Every change of who serves a conversation is
 * one conditional UPDATE, so of two agents (or nodes) racing for the same conversation exactly one
 * changes the row and the other sees 0 rows — on H2 and PostgreSQL alike.
 */
@Repository
class Handoffs {

    private static final String COLUMNS = """
            conversation_id, customer_id, language, reason, priority, skill, intent, summary, status, queued_at, assigned_agent,
            assigned_at, last_customer_at, last_agent_at, reminded_at, position_told, tags""";

    private final JdbcClient jdbc;

    Handoffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the conversation in the queue; a conversation handed over again starts a fresh handoff. */
    void enqueue(HandoffRow row) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", row.conversationId());
        values.put("customerId", row.customerId());
        values.put("language", row.language());
        values.put("reason", row.reason());
        values.put("priority", row.priority());
        values.put("skill", row.skill());
        values.put("intent", row.intent());
        values.put("summary", row.summary());
        values.put("queuedAt", row.queuedAt());
        values.put("position", row.positionTold());
        int updated = jdbc.sql("""
                UPDATE handoffs SET customer_id = :customerId, language = :language, reason = :reason, priority = :priority,
                    skill = :skill, intent = :intent, summary = :summary, status = 'WAITING', queued_at = :queuedAt,
                    assigned_agent = NULL, assigned_at = NULL, last_customer_at = NULL, last_agent_at = NULL, reminded_at = NULL,
                    position_told = :position, tags = NULL, resolved_at = NULL, model_summary = NULL, model_summary_by = NULL
                WHERE conversation_id = :id""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO handoffs (conversation_id, customer_id, language, reason, priority, skill, intent, summary, status,
                        queued_at, position_told)
                    VALUES (:id, :customerId, :language, :reason, :priority, :skill, :intent, :summary, 'WAITING', :queuedAt, :position)""")
                .params(values).update();
        }
    }

    Optional<HandoffRow> find(String conversationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoffs WHERE conversation_id = :id").param("id", conversationId)
            .query(Handoffs::map).optional();
    }

    /** Waiting conversations, oldest first (the queue orders them by priority with aging). */
    List<HandoffRow> waiting() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoffs WHERE status = 'WAITING' ORDER BY queued_at, conversation_id")
            .query(Handoffs::map).list();
    }

    List<HandoffRow> assignedTo(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoffs WHERE status = 'ASSIGNED' AND assigned_agent = :username ORDER BY assigned_at")
            .param("username", username).query(Handoffs::map).list();
    }

    List<HandoffRow> assigned() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoffs WHERE status = 'ASSIGNED'").query(Handoffs::map).list();
    }

    int load(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM handoffs WHERE status = 'ASSIGNED' AND assigned_agent = :username")
            .param("username", username).query(Integer.class).single();
    }

    Map<String, Integer> loads() {
        Map<String, Integer> loads = new HashMap<>();
        jdbc.sql("SELECT assigned_agent, COUNT(*) AS n FROM handoffs WHERE status = 'ASSIGNED' GROUP BY assigned_agent")
            .query((rs, row) -> loads.put(rs.getString("assigned_agent"), rs.getInt("n"))).list();
        return loads;
    }

    /** Takes a waiting conversation for the agent; false when it was not waiting any more. */
    boolean assign(String conversationId, String username, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE handoffs SET status = 'ASSIGNED', assigned_agent = :username, assigned_at = :now, reminded_at = NULL
                WHERE conversation_id = :id AND status = 'WAITING' AND assigned_agent IS NULL""")
            .param("id", conversationId).param("username", username).param("now", now).update() == 1;
    }

    /** Moves an assigned conversation from one agent to another; false when {@code from} no longer has it. */
    boolean move(String conversationId, String from, String to, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE handoffs SET assigned_agent = :to, assigned_at = :now, reminded_at = NULL
                WHERE conversation_id = :id AND status = 'ASSIGNED' AND assigned_agent = :from""")
            .param("id", conversationId).param("from", from).param("to", to).param("now", now).update() == 1;
    }

    /** Back to the queue for a skill (or anyone), keeping its place by the original queue time. */
    boolean requeue(String conversationId, String from, String skill) {
        return jdbc.sql("""
                UPDATE handoffs SET status = 'WAITING', assigned_agent = NULL, assigned_at = NULL, skill = :skill, position_told = NULL
                WHERE conversation_id = :id AND status = 'ASSIGNED' AND assigned_agent = :from""")
            .param("id", conversationId).param("from", from).param("skill", skill).update() == 1;
    }

    /** A handoff still open takes a more urgent reason and priority; false when it is not open. */
    boolean raise(String conversationId, String reason, int priority) {
        return jdbc.sql("""
                UPDATE handoffs SET reason = :reason, priority = :priority
                WHERE conversation_id = :id AND status IN ('WAITING', 'ASSIGNED') AND priority < :priority""")
            .param("id", conversationId).param("reason", reason).param("priority", priority).update() == 1;
    }

    void setSkill(String conversationId, String skill) {
        jdbc.sql("UPDATE handoffs SET skill = :skill WHERE conversation_id = :id AND status = 'WAITING'").param("id", conversationId)
            .param("skill", skill).update();
    }

    boolean resolve(String conversationId, String username, String tags, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE handoffs SET status = 'RESOLVED', tags = :tags, resolved_at = :now
                WHERE conversation_id = :id AND status = 'ASSIGNED' AND assigned_agent = :username""")
            .param("id", conversationId).param("username", username).param("tags", tags).param("now", now).update() == 1;
    }

    /** Closes an open handoff (the customer left or went idle); false when it was not open. */
    boolean close(String conversationId, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE handoffs SET status = 'CLOSED', resolved_at = :now WHERE conversation_id = :id AND status IN ('WAITING', 'ASSIGNED')""")
            .param("id", conversationId).param("now", now).update() == 1;
    }

    void customerWrote(String conversationId, OffsetDateTime at) {
        jdbc.sql("UPDATE handoffs SET last_customer_at = :at, reminded_at = NULL WHERE conversation_id = :id AND status IN ('WAITING', 'ASSIGNED')")
            .param("id", conversationId).param("at", at).update();
    }

    void agentWrote(String conversationId, OffsetDateTime at) {
        jdbc.sql("UPDATE handoffs SET last_agent_at = :at WHERE conversation_id = :id AND status = 'ASSIGNED'")
            .param("id", conversationId).param("at", at).update();
    }

    /** Claims the reminder of an idle conversation; false when another node (or tick) already sent it. */
    boolean claimReminder(String conversationId, OffsetDateTime now) {
        return jdbc.sql("UPDATE handoffs SET reminded_at = :now WHERE conversation_id = :id AND status = 'ASSIGNED' AND reminded_at IS NULL")
            .param("id", conversationId).param("now", now).update() == 1;
    }

    /**
     * Keeps the model's summary of this handoff; false when the conversation was handed over anew
     * meanwhile ({@code queuedAt} differs), whose matter the summary may not describe.
     */
    boolean modelSummaryDrafted(String conversationId, OffsetDateTime queuedAt, String summary, String model) {
        return jdbc.sql("""
                UPDATE handoffs SET model_summary = :summary, model_summary_by = :model
                WHERE conversation_id = :id AND queued_at = :queuedAt""").param("id", conversationId).param("queuedAt", queuedAt)
            .param("summary", summary).param("model", model).update() == 1;
    }

    Optional<HandoffCards.ModelSummary> modelSummary(String conversationId) {
        return jdbc.sql("SELECT model_summary, model_summary_by FROM handoffs WHERE conversation_id = :id AND model_summary IS NOT NULL")
            .param("id", conversationId)
            .query((rs, row) -> new HandoffCards.ModelSummary(rs.getString("model_summary"), rs.getString("model_summary_by"))).optional();
    }

    void positionTold(String conversationId, int position) {
        jdbc.sql("UPDATE handoffs SET position_told = :position WHERE conversation_id = :id").param("id", conversationId)
            .param("position", position).update();
    }

    private static HandoffRow map(ResultSet rs, int row) throws SQLException {
        int position = rs.getInt("position_told");
        Integer told = rs.wasNull() ? null : position;
        return new HandoffRow(rs.getString("conversation_id"), rs.getString("customer_id"), rs.getString("language"),
                rs.getString("reason"), rs.getInt("priority"), rs.getString("skill"), rs.getString("intent"), rs.getString("summary"),
                rs.getString("status"), rs.getObject("queued_at", OffsetDateTime.class), rs.getString("assigned_agent"),
                rs.getObject("assigned_at", OffsetDateTime.class), rs.getObject("last_customer_at", OffsetDateTime.class),
                rs.getObject("last_agent_at", OffsetDateTime.class), rs.getObject("reminded_at", OffsetDateTime.class), told,
                rs.getString("tags"));
    }
}
