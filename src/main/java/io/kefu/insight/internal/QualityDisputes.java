package io.kefu.insight.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervisors' disputes of quality findings, by finding id (table {@code insight_quality_disputes}). */
@Repository
class QualityDisputes {

    private final JdbcClient jdbc;

    QualityDisputes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records or replaces the dispute of a finding. */
    void dispute(String findingId, String note, String by, OffsetDateTime at) {
        jdbc.sql("DELETE FROM insight_quality_disputes WHERE finding_id = :id").param("id", findingId).update();
        jdbc.sql("INSERT INTO insight_quality_disputes (finding_id, note, disputed_by, disputed_at) VALUES (:id, :note, :by, :at)")
            .param("id", findingId).param("note", note).param("by", by).param("at", at).update();
    }

    /** Dispute notes by finding id. */
    Map<String, String> notes() {
        Map<String, String> notes = new HashMap<>();
        jdbc.sql("SELECT finding_id, note FROM insight_quality_disputes").query(rs -> {
            notes.put(rs.getString(1), rs.getString(2));
        });
        return notes;
    }
}
