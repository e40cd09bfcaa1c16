package io.kefu.knowledge.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.knowledge.Candidate;
import io.kefu.knowledge.EntryFeedback;

/** The curation records: unanswered questions, candidate entries and feedback counters. */
@Component
public class CurationTables {

    private final JdbcClient jdbc;

    CurationTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void unanswered(String question, String language, String reason, String entryId) {
        jdbc.sql("INSERT INTO knowledge_unanswered (question, language, reason, entry_id, asked_at) "
                + "VALUES (:question, :language, :reason, :entry, :at)")
            .param("question", question).param("language", language).param("reason", reason).param("entry", entryId)
            .param("at", OffsetDateTime.now()).update();
    }

    /** The most recent unanswered questions, newest first. */
    public List<Asked> recentUnanswered(int limit) {
        return jdbc.sql("SELECT question, language, asked_at FROM knowledge_unanswered ORDER BY asked_at DESC, id DESC LIMIT :limit")
            .param("limit", limit)
            .query((rs, i) -> new Asked(rs.getString("question"), rs.getString("language"), rs.getObject("asked_at", OffsetDateTime.class)))
            .list();
    }

    public record Asked(String question, String language, OffsetDateTime at) {
    }

    public void insert(Candidate candidate) {
        jdbc.sql("INSERT INTO knowledge_candidates (id, question, answer, language, source_conversation_id, status, created_at) "
                + "VALUES (:id, :question, :answer, :language, :source, :status, :at)")
            .param("id", candidate.id()).param("question", candidate.question()).param("answer", candidate.answer())
            .param("language", candidate.language()).param("source", candidate.sourceConversationId())
            .param("status", candidate.status()).param("at", candidate.createdAt()).update();
    }

    public Optional<Candidate> candidate(String id) {
        return jdbc.sql("SELECT * FROM knowledge_candidates WHERE id = :id").param("id", id).query(CurationTables::candidate)
            .optional();
    }

    public List<Candidate> candidates(String status) {
        return jdbc.sql("SELECT * FROM knowledge_candidates WHERE status = :status ORDER BY created_at, id")
            .param("status", status).query(CurationTables::candidate).list();
    }

    /** Puts a model's draft in place of a pending candidate's answer, once; false when decided or drafted meanwhile. */
    public boolean drafted(String id, String answer, String model) {
        return jdbc.sql("UPDATE knowledge_candidates SET agent_answer = answer, answer = :answer, drafted_by = :model "
                + "WHERE id = :id AND status = 'PENDING' AND drafted_by IS NULL")
            .param("answer", answer).param("model", model).param("id", id).update() == 1;
    }

    /** Moves a pending candidate to its decision; false when it was no longer pending. */
    public boolean decide(String id, String status, String actor, String entryId) {
        return jdbc.sql("UPDATE knowledge_candidates SET status = :status, decided_by = :actor, decided_at = :at, entry_id = :entry "
                + "WHERE id = :id AND status = 'PENDING'")
            .param("status", status).param("actor", actor).param("at", OffsetDateTime.now()).param("entry", entryId)
            .param("id", id).update() == 1;
    }

    private static Candidate candidate(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Candidate(rs.getString("id"), rs.getString("question"), rs.getString("answer"), rs.getString("language"),
                rs.getString("source_conversation_id"), rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class), rs.getString("entry_id"),
                rs.getString("agent_answer"), rs.getString("drafted_by"));
    }

    public void feedback(String entryId, int version, boolean helpful) {
        String column = helpful ? "helpful" : "not_helpful";
        int updated = jdbc.sql("UPDATE knowledge_feedback SET " + column + " = " + column + " + 1 WHERE entry_id = :id AND version = :version")
            .param("id", entryId).param("version", version).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO knowledge_feedback (entry_id, version, helpful, not_helpful) VALUES (:id, :version, :helpful, :notHelpful)")
                    .param("id", entryId).param("version", version).param("helpful", helpful ? 1 : 0).param("notHelpful", helpful ? 0 : 1)
                    .update();
            }
            catch (DuplicateKeyException e) {
                // another request created the row first: count on it
                feedback(entryId, version, helpful);
            }
        }
    }

    /** Feedback counts of an entry, newest version first. */
    public List<EntryFeedback> feedback(String entryId) {
        return jdbc.sql("SELECT entry_id, version, helpful, not_helpful FROM knowledge_feedback WHERE entry_id = :id ORDER BY version DESC")
            .param("id", entryId)
            .query((rs, i) -> new EntryFeedback(rs.getString("entry_id"), rs.getInt("version"), rs.getLong("helpful"), rs.getLong("not_helpful")))
            .list();
    }
}
