package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;

/**
 * What the agent desk holds of a customer: the handoffs of their conversations (with the summary
 * written for the agent) and the audit trail of which staff accessed their data, and when. After an
 * erasure the trail keeps that staff acted and that the data was erased, under a pseudonym.
 */
@Component
class DeskRecords implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DeskRecords(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("staffAccess", jdbc.sql("""
                SELECT happened_at, actor, action, conversation_id FROM audit_log WHERE customer_id = :id AND actor <> 'system'
                ORDER BY id""").param("id", subject.customerId()).query((rs, row) -> {
            Map<String, Object> access = new LinkedHashMap<>();
            access.put("time", rs.getObject("happened_at", OffsetDateTime.class));
            access.put("staff", rs.getString("actor"));
            access.put("action", rs.getString("action"));
            access.put("conversationId", rs.getString("conversation_id"));
            return access;
        }).list());
        sections.put("handoffs", jdbc.sql("""
                SELECT conversation_id, reason, status, queued_at, assigned_agent, resolved_at, summary, model_summary FROM handoffs
                WHERE customer_id = :id ORDER BY queued_at""").param("id", subject.customerId()).query((rs, row) -> {
            Map<String, Object> handoff = new LinkedHashMap<>();
            handoff.put("conversationId", rs.getString("conversation_id"));
            handoff.put("reason", rs.getString("reason"));
            handoff.put("status", rs.getString("status"));
            handoff.put("queuedAt", rs.getObject("queued_at", OffsetDateTime.class));
            handoff.put("agent", rs.getString("assigned_agent"));
            handoff.put("resolvedAt", rs.getObject("resolved_at", OffsetDateTime.class));
            handoff.put("summary", rs.getString("summary"));
            handoff.put("modelSummary", rs.getString("model_summary"));
            return handoff;
        }).list());
        return sections;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("SELECT conversation_id, summary, model_summary FROM handoffs WHERE customer_id = :id").param("id", subject.customerId())
            .query((rs, row) -> new String[] { rs.getString("conversation_id"), rs.getString("summary"), rs.getString("model_summary") })
            .list()
            .forEach(handoff -> jdbc.sql("""
                    UPDATE handoffs SET customer_id = NULL, summary = :summary, model_summary = :modelSummary WHERE conversation_id = :id""")
                .param("id", handoff[0]).param("summary", subject.scrub(handoff[1])).param("modelSummary", subject.scrub(handoff[2]))
                .update());
        String pseudonym = subject.pseudonym();
        jdbc.sql("SELECT id, detail FROM audit_log WHERE customer_id = :id").param("id", subject.customerId())
            .query((rs, row) -> new Object[] { rs.getLong("id"), rs.getString("detail") }).list()
            .forEach(entry -> jdbc.sql("UPDATE audit_log SET customer_id = :pseudonym, detail = :detail WHERE id = :id")
                .param("id", entry[0]).param("pseudonym", pseudonym).param("detail", subject.scrub((String) entry[1])).update());
        audit.record("privacy", "erasure", null, pseudonym, subject.conversationIds().size() + " conversations anonymised");
    }

    @Override
    public int expire(RetentionCutoffs cutoffs) {
        return jdbc.sql("DELETE FROM handoffs WHERE queued_at < :before AND status IN ('RESOLVED', 'CLOSED')")
            .param("before", cutoffs.transcriptsBefore().atOffset(ZoneOffset.UTC)).update();
    }
}
