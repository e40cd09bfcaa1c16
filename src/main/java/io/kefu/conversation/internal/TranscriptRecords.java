package io.kefu.conversation.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.commerce.StoreSettingsService;
import io.kefu.conversation.Message;
import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer's conversations: transcripts, ratings, attachments, analyses and dialogue state.
 * An export carries each message the machine wrote with its implicit AIGC label (GB 45438-2025:
 * who provided the service, which model, which piece of content). Erasure keeps the transcript for
 * the merchant's statistics, without the customer: their id unlinked, their personal values
 * scrubbed from every text, attachments, analyses and the dialogue state gone.
 */
@Component
class TranscriptRecords implements PersonalDataHolder {

    private static final String BUILT_IN_MODEL = "kefu-assistant";
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AttachmentStore attachments;
    private final StoreSettingsService settings;

    TranscriptRecords(JdbcClient jdbc, JsonMapper json, AttachmentStore attachments, StoreSettingsService settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.attachments = attachments;
        this.settings = settings;
    }

    @Override
    public void identify(DataSubject subject) {
        jdbc.sql("SELECT id FROM conversations WHERE customer_id = :id ORDER BY created_at").param("id", subject.customerId())
            .query(String.class).list().forEach(subject::addConversation);
        for (String conversationId : subject.conversationIds()) {
            jdbc.sql("SELECT text FROM messages WHERE conversation_id = :id AND role = 'customer'").param("id", conversationId)
                .query(String.class).list().forEach(subject::addWrittenText);
        }
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        String provider = settings.current().storeName();
        List<Map<String, Object>> conversations = subject.conversationIds().stream().map(id -> conversation(id, provider)).toList();
        return conversations.isEmpty() ? Map.of() : Map.of("conversations", conversations);
    }

    private Map<String, Object> conversation(String id, String provider) {
        Map<String, Object> conversation = new LinkedHashMap<>(jdbc.sql("""
                SELECT id, channel, language, mode, created_at, closed_at, rating_score, rating_comment, rated_at
                FROM conversations WHERE id = :id""").param("id", id).query((rs, row) -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", rs.getString("id"));
            fields.put("channel", rs.getString("channel"));
            fields.put("language", rs.getString("language"));
            fields.put("mode", rs.getString("mode").toLowerCase(java.util.Locale.ROOT));
            fields.put("createdAt", rs.getObject("created_at", OffsetDateTime.class));
            fields.put("closedAt", rs.getObject("closed_at", OffsetDateTime.class));
            Integer score = rs.getObject("rating_score", Integer.class);
            if (score != null) {
                Map<String, Object> rating = new LinkedHashMap<>();
                rating.put("score", score);
                rating.put("comment", rs.getString("rating_comment"));
                rating.put("ratedAt", rs.getObject("rated_at", OffsetDateTime.class));
                fields.put("rating", rating);
            }
            return fields;
        }).single());
        conversation.put("messages", jdbc.sql("SELECT body FROM messages WHERE conversation_id = :id ORDER BY seq").param("id", id)
            .query(String.class).list().stream().map(body -> labelled(body, provider)).toList());
        conversation.put("attachments", attachments.metadata(id));
        return conversation;
    }

    /** The stored message with, when the machine wrote it, the implicit AIGC label of the export. */
    private Map<String, Object> labelled(String body, String provider) {
        Message message = json.readValue(body, Message.class);
        // as the API shows it, aiGenerated included
        Map<String, Object> exported = json.convertValue(message, JSON_OBJECT);
        if (message.aiGenerated()) {
            String model = message.sources().stream().filter(source -> "llm".equals(source.type())).map(Message.Source::id).findFirst()
                .orElse(BUILT_IN_MODEL);
            exported.put("aigc", Map.of("provider", provider, "model", model, "contentId", message.id()));
        }
        return exported;
    }

    @Override
    public void erase(DataSubject subject) {
        for (String conversationId : subject.conversationIds()) {
            attachments.deleteAll(conversationId);
            jdbc.sql("SELECT id, text, body FROM messages WHERE conversation_id = :id").param("id", conversationId)
                .query((rs, row) -> new String[] { rs.getString("id"), rs.getString("text"), rs.getString("body") }).list()
                .forEach(message -> jdbc.sql("UPDATE messages SET text = :text, body = :body, analysis = NULL WHERE id = :id")
                    .param("id", message[0]).param("text", subject.scrub(message[1])).param("body", subject.scrub(message[2])).update());
            jdbc.sql("SELECT handoff, rating_comment FROM conversations WHERE id = :id").param("id", conversationId)
                .query((rs, row) -> new String[] { rs.getString("handoff"), rs.getString("rating_comment") }).optional()
                .ifPresent(row -> jdbc.sql("""
                        UPDATE conversations SET customer_id = NULL, external_user_id = NULL, dialogue_state = NULL, handoff = :handoff, rating_comment = :comment
                        WHERE id = :id""").param("id", conversationId).param("handoff", subject.scrub(row[0]))
                    .param("comment", subject.scrub(row[1])).update());
        }
    }

    @Override
    public int expire(RetentionCutoffs cutoffs) {
        OffsetDateTime transcriptsBefore = cutoffs.transcriptsBefore().atOffset(ZoneOffset.UTC);
        // only conversations nobody is handling: a queued or agent conversation is live whatever its age
        List<String> expired = jdbc.sql("SELECT id FROM conversations WHERE updated_at < :before AND mode IN ('BOT', 'CLOSED')")
            .param("before", transcriptsBefore).query(String.class).list();
        for (String id : expired) {
            attachments.deleteAll(id);
            jdbc.sql("DELETE FROM messages WHERE conversation_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM conversations WHERE id = :id").param("id", id).update();
        }
        int files = attachments.deleteStoredBefore(cutoffs.attachmentsBefore().atOffset(ZoneOffset.UTC));
        int analyses = jdbc.sql("UPDATE messages SET analysis = NULL WHERE created_at < :before AND analysis IS NOT NULL")
            .param("before", cutoffs.analysesBefore().atOffset(ZoneOffset.UTC)).update();
        return expired.size() + files + analyses;
    }
}
