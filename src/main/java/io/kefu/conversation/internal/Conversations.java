package io.kefu.conversation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.conversation.Mode;
import io.kefu.privacy.PiiMasker;

/**
 * The conversations table. The dialogue state is masked on the way in: it remembers the customer's
 * recent questions and the bot's last reply, and is stored like the transcript, without personal
 * data in clear (what a flow must keep of it, the dialogue module seals).
 */
@Repository
class Conversations {

    private static final String COLUMNS = "id, customer_id, mode, language, channel, created_at, handoff, dialogue_state, rating_score, rating_comment, updated_at, external_user_id";

    private final JdbcClient jdbc;

    Conversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ConversationRow row, String tokenHash) {
        jdbc.sql("""
                INSERT INTO conversations (id, customer_id, token_hash, mode, language, channel, external_user_id, created_at, updated_at)
                VALUES (:id, :customerId, :tokenHash, :mode, :language, :channel, :externalUserId, :createdAt, :createdAt)""")
            .param("id", row.id()).param("customerId", row.customerId()).param("tokenHash", tokenHash)
            .param("mode", row.mode().name()).param("language", row.language()).param("channel", row.channel())
            .param("externalUserId", row.externalUserId())
            .param("createdAt", row.createdAt()).update();
    }

    Optional<ConversationRow> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversations WHERE id = :id").param("id", id).query(Conversations::map).optional();
    }

    /** Locks the row until the transaction ends, so turns of one conversation are taken one at a time. */
    Optional<ConversationRow> lock(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversations WHERE id = :id FOR UPDATE").param("id", id)
            .query(Conversations::map).optional();
    }

    Optional<String> idForTokenHash(String tokenHash) {
        return jdbc.sql("SELECT id FROM conversations WHERE token_hash = :hash").param("hash", tokenHash).query(String.class).optional();
    }

    void updateState(String id, Mode mode, String language, String handoff, String dialogueState, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE conversations SET mode = :mode, language = :language, handoff = :handoff, dialogue_state = :state,
                    updated_at = :now, closed_at = CASE WHEN :mode = 'CLOSED' THEN :now ELSE closed_at END
                WHERE id = :id""")
            .param("id", id).param("mode", mode.name()).param("language", language).param("handoff", handoff)
            .param("state", PiiMasker.maskJson(dialogueState)).param("now", now).update();
    }

    void rate(String id, int score, String comment, OffsetDateTime now) {
        jdbc.sql("UPDATE conversations SET rating_score = :score, rating_comment = :comment, rated_at = :now WHERE id = :id")
            .param("id", id).param("score", score).param("comment", comment).param("now", now).update();
    }

    /** The customer's most recently active conversation, closed or not. */
    Optional<ConversationRow> latest(String customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversations WHERE customer_id = :customerId ORDER BY updated_at DESC LIMIT 1")
            .param("customerId", customerId).query(Conversations::map).optional();
    }

    /** The customer's most recently active conversation that is not closed. */
    Optional<ConversationRow> latestOpen(String customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversations WHERE customer_id = :customerId AND mode <> 'CLOSED' "
                + "ORDER BY updated_at DESC LIMIT 1").param("customerId", customerId).query(Conversations::map).optional();
    }

    /** Conversations not closed, most recently active first. */
    List<ConversationRow> open(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversations WHERE mode <> 'CLOSED' ORDER BY updated_at DESC LIMIT :limit")
            .param("limit", limit).query(Conversations::map).list();
    }

    /** The customer's conversations active since the instant, most recently active first. */
    List<String> ofCustomer(String customerId, OffsetDateTime since, int limit) {
        return jdbc.sql("SELECT id FROM conversations WHERE customer_id = :customerId AND updated_at >= :since ORDER BY updated_at DESC LIMIT :limit")
            .param("customerId", customerId).param("since", since).param("limit", limit).query(String.class).list();
    }

    private static ConversationRow map(ResultSet rs, int row) throws SQLException {
        return new ConversationRow(rs.getString("id"), rs.getString("customer_id"), Mode.valueOf(rs.getString("mode")),
                rs.getString("language"), rs.getString("channel"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("handoff"), rs.getString("dialogue_state"), rs.getObject("rating_score", Integer.class), rs.getString("rating_comment"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("external_user_id"));
    }
}
