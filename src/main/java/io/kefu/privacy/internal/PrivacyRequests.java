package io.kefu.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.privacy.PrivacyRequest;
import io.kefu.privacy.PrivacyRequest.Kind;
import io.kefu.privacy.PrivacyRequest.Status;

/** The privacy_requests table. */
@Repository
class PrivacyRequests {

    private static final String COLUMNS = "id, customer_ref, kind, status, channel, conversation_id, outcome, requested_at, decided_at, decided_by";

    private final JdbcClient jdbc;

    PrivacyRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PrivacyRequest insert(String customerRef, Kind kind, Status status, String channel, String conversationId, String outcome,
            String decidedBy, OffsetDateTime now) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime decidedAt = status == Status.REVIEW ? null : now;
        jdbc.sql("INSERT INTO privacy_requests (" + COLUMNS + """
                ) VALUES (:id, :customerRef, :kind, :status, :channel, :conversationId, :outcome, :now, :decidedAt, :decidedBy)""")
            .param("id", id).param("customerRef", customerRef).param("kind", kind.name()).param("status", status.name())
            .param("channel", channel).param("conversationId", conversationId).param("outcome", outcome).param("now", now)
            .param("decidedAt", decidedAt).param("decidedBy", status == Status.REVIEW ? null : decidedBy).update();
        return find(id).orElseThrow();
    }

    Optional<PrivacyRequest> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM privacy_requests WHERE id = :id").param("id", id)
            .query(PrivacyRequests::map).optional();
    }

    List<PrivacyRequest> ofCustomer(String customerRef) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM privacy_requests WHERE customer_ref = :ref ORDER BY requested_at DESC")
            .param("ref", customerRef).query(PrivacyRequests::map).list();
    }

    /** The newest first; all statuses when {@code status} is null. */
    List<PrivacyRequest> list(Status status, int limit) {
        String where = status == null ? "" : " WHERE status = :status";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM privacy_requests" + where + " ORDER BY requested_at DESC LIMIT :limit")
            .param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return statement.query(PrivacyRequests::map).list();
    }

    void decide(String id, Status status, String outcome, String decidedBy, OffsetDateTime now) {
        jdbc.sql("UPDATE privacy_requests SET status = :status, outcome = :outcome, decided_by = :by, decided_at = :now WHERE id = :id")
            .param("id", id).param("status", status.name()).param("outcome", outcome).param("by", decidedBy).param("now", now).update();
    }

    /** The customer's requests now name a pseudonym instead of them. */
    void pseudonymise(String customerRef, String pseudonym) {
        jdbc.sql("UPDATE privacy_requests SET customer_ref = :pseudonym WHERE customer_ref = :ref")
            .param("ref", customerRef).param("pseudonym", pseudonym).update();
    }

    private static PrivacyRequest map(ResultSet rs, int row) throws SQLException {
        return new PrivacyRequest(rs.getString("id"), rs.getString("customer_ref"), Kind.valueOf(rs.getString("kind")),
                Status.valueOf(rs.getString("status")), rs.getString("channel"), rs.getString("conversation_id"), rs.getString("outcome"),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"));
    }
}
