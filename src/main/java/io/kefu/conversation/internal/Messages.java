package io.kefu.conversation.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.conversation.Message;
import io.kefu.privacy.PiiMasker;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages table: a conversation's transcript in order of arrival. Personal data is masked here,
 * on the way in, in the text, in every string of the stored message (cards, attachment names) and
 * of its analysis (entities): whatever a caller passes, nothing is stored in clear.
 */
@Repository
class Messages {

    /**
     * Newest first along the (conversation_id, seq) index. Ordering by the conversation too, though
     * fixed, lets H2 read the index backwards and stop at the limit; ordered by seq alone it read
     * and sorted the whole conversation on every turn, a cost that grew with its length.
     */
    private static final String NEWEST_FIRST = "ORDER BY conversation_id DESC, seq DESC";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Messages(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(String conversationId, Message message, String analysisJson) {
        jdbc.sql("""
                INSERT INTO messages (id, conversation_id, role, text, created_at, body, analysis, internal)
                VALUES (:id, :conversationId, :role, :text, :createdAt, :body, :analysis, :internal)""")
            .param("id", message.id()).param("conversationId", conversationId).param("role", message.role())
            .param("text", PiiMasker.mask(message.text())).param("createdAt", message.time())
            .param("body", PiiMasker.maskJson(json.writeValueAsString(message))).param("analysis", PiiMasker.maskJson(analysisJson))
            .param("internal", message.internal()).update();
    }

    /** The latest {@code limit} messages, oldest first; internal notes only {@code withInternalNotes}. */
    List<Message> latest(String conversationId, int limit, boolean withInternalNotes) {
        List<Message> newestFirst = jdbc.sql("SELECT body FROM messages WHERE conversation_id = :id" + visibility(withInternalNotes)
                + " " + NEWEST_FIRST + " LIMIT :limit")
            .param("id", conversationId).param("limit", limit).query(String.class).list().stream().map(this::read).toList();
        return newestFirst.reversed();
    }

    /**
     * At most {@code limit} messages after the given one (from the start when it is null), oldest
     * first; empty when that message is not part of the conversation.
     */
    Optional<List<Message>> after(String conversationId, String messageId, int limit, boolean withInternalNotes) {
        Optional<Long> seq = messageId == null ? Optional.of(0L)
                : jdbc.sql("SELECT seq FROM messages WHERE id = :id AND conversation_id = :conversationId")
                    .param("id", messageId).param("conversationId", conversationId).query(Long.class).optional();
        return seq.map(s -> jdbc.sql("SELECT body FROM messages WHERE conversation_id = :id AND seq > :seq"
                + visibility(withInternalNotes) + " ORDER BY seq LIMIT :limit")
            .param("id", conversationId).param("seq", s).param("limit", limit)
            .query(String.class).list().stream().map(this::read).toList());
    }

    /** When the latest message the customer can see was written; empty for a conversation without one. */
    Optional<OffsetDateTime> lastTime(String conversationId) {
        return jdbc.sql("SELECT created_at FROM messages WHERE conversation_id = :id AND internal = FALSE " + NEWEST_FIRST + " LIMIT 1")
            .param("id", conversationId).query((rs, row) -> rs.getObject("created_at", OffsetDateTime.class)).optional();
    }

    private static String visibility(boolean withInternalNotes) {
        return withInternalNotes ? "" : " AND internal = FALSE";
    }

    /** The customer's latest messages with their analyses (JSON), oldest first. */
    List<CustomerTurn> recentCustomerTurns(String conversationId, int limit) {
        List<CustomerTurn> newestFirst = jdbc.sql("""
                SELECT text, analysis FROM messages WHERE conversation_id = :id AND role = 'customer' AND analysis IS NOT NULL
                """ + NEWEST_FIRST + " LIMIT :limit")
            .param("id", conversationId).param("limit", limit)
            .query((rs, row) -> new CustomerTurn(rs.getString("text"), rs.getString("analysis"))).list();
        return newestFirst.reversed();
    }

    /** The customer's messages with their analysis JSON (null when none was stored), oldest first. */
    List<WithAnalysis> customerMessagesWithAnalysis(String conversationId) {
        return jdbc.sql("SELECT body, analysis FROM messages WHERE conversation_id = :id AND role = 'customer' ORDER BY seq")
            .param("id", conversationId)
            .query((rs, row) -> new WithAnalysis(read(rs.getString("body")), rs.getString("analysis"))).list();
    }

    /** The latest messages (role, text, analysis JSON), oldest first; agents' messages left out. */
    List<Recent> recent(String conversationId, int limit) {
        List<Recent> newestFirst = jdbc.sql("""
                SELECT role, text, analysis FROM messages WHERE conversation_id = :id AND role <> 'agent'
                """ + NEWEST_FIRST + " LIMIT :limit")
            .param("id", conversationId).param("limit", limit)
            .query((rs, row) -> new Recent(rs.getString("role"), rs.getString("text"), rs.getString("analysis"))).list();
        return newestFirst.reversed();
    }

    record WithAnalysis(Message message, String analysis) {
    }

    record Recent(String role, String text, String analysis) {
    }

    /** A stored customer message (masked) and what was understood of it. */
    record CustomerTurn(String text, String analysis) {
    }

    private Message read(String body) {
        return json.readValue(body, Message.class);
    }
}
