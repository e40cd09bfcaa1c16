package io.kefu.conversation.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.conversation.AttachmentContent;
import io.kefu.conversation.Message;
import io.kefu.platform.Problem;
import io.kefu.privacy.PiiMasker;

/**
 * Customer attachments: images only, at most {@link #MAX_BYTES}, checked by their content (not
 * the name or the declared type), their bytes encrypted by {@link AttachmentFiles}.
 */
@Component
class AttachmentStore {

    static final long MAX_BYTES = 5 * 1024 * 1024;
    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png", "image/gif", "gif",
            "image/webp", "webp");

    private final JdbcClient jdbc;
    private final AttachmentFiles files;

    AttachmentStore(JdbcClient jdbc, AttachmentFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    Message.Attachment store(String conversationId, String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw Problem.badRequest("The file is empty.", List.of(new Problem.FieldError("file", "must not be empty")));
        }
        if (bytes.length > MAX_BYTES) {
            throw Problem.badRequest("The file is larger than 5 MB.", List.of(new Problem.FieldError("file", "must be at most 5 MB")));
        }
        String type = ImageType.of(bytes).orElseThrow(() -> Problem.badRequest("Only JPEG, PNG, GIF and WebP images can be attached.",
                List.of(new Problem.FieldError("file", "must be a JPEG, PNG, GIF or WebP image"))));
        String id = UUID.randomUUID().toString();
        String key = conversationId + "/" + id + "." + EXTENSIONS.get(type);
        String sealedWith = files.write(key, bytes);
        // a photo's file name may be a phone or ID-card number ("13812345678.jpg"): stored and returned masked
        String safeName = name == null ? null : PiiMasker.mask(name.replaceAll("[\\p{Cntrl}/\\\\]", "_"));
        jdbc.sql("""
                INSERT INTO attachments (id, conversation_id, content_type, size_bytes, name, storage_key, sealed_with, created_at)
                VALUES (:id, :conversationId, :type, :size, :name, :key, :sealedWith, :now)""")
            .param("id", id).param("conversationId", conversationId).param("type", type).param("size", (long) bytes.length)
            .param("name", safeName).param("key", key).param("sealedWith", sealedWith).param("now", OffsetDateTime.now()).update();
        return describe(conversationId, id, type, safeName, bytes.length);
    }

    /** The attachments a message references, which must have been uploaded to the same conversation. */
    List<Message.Attachment> resolve(String conversationId, List<Message.Attachment> referenced) {
        List<Message.Attachment> resolved = new ArrayList<>();
        if (referenced == null) {
            return resolved;
        }
        for (int i = 0; i < referenced.size(); i++) {
            Message.Attachment reference = referenced.get(i);
            String id = reference == null ? null : reference.id();
            int index = i;
            resolved.add(find(conversationId, id).orElseThrow(() -> Problem.badRequest("Unknown attachment.",
                    List.of(new Problem.FieldError("attachments[" + index + "].id", "must be an attachment uploaded to this conversation")))));
        }
        return resolved;
    }

    Optional<Message.Attachment> find(String conversationId, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, content_type, name, size_bytes FROM attachments WHERE id = :id AND conversation_id = :conversationId")
            .param("id", id).param("conversationId", conversationId)
            .query((rs, row) -> describe(conversationId, rs.getString("id"), rs.getString("content_type"), rs.getString("name"),
                    rs.getLong("size_bytes")))
            .optional();
    }

    /** The attachment's type and clear bytes, if this conversation has it. */
    Optional<AttachmentContent> content(String conversationId, String id) {
        return jdbc.sql("SELECT content_type, storage_key FROM attachments WHERE id = :id AND conversation_id = :conversationId")
            .param("id", id).param("conversationId", conversationId)
            .query((rs, row) -> new AttachmentContent(rs.getString("content_type"), files.read(rs.getString("storage_key"))))
            .optional();
    }

    /** Marks attachments as the evidence of an after-sales request on an order. */
    void linkToOrder(List<String> ids, String orderId) {
        ids.forEach(id -> jdbc.sql("UPDATE attachments SET order_id = :orderId WHERE id = :id").param("orderId", orderId)
            .param("id", id).update());
    }

    /** What is known of the conversation's attachments, for an export: no bytes, no storage path. */
    List<Map<String, Object>> metadata(String conversationId) {
        return jdbc.sql("SELECT id, content_type, name, size_bytes, order_id, created_at FROM attachments WHERE conversation_id = :id ORDER BY created_at")
            .param("id", conversationId)
            .query((rs, row) -> {
                Map<String, Object> attachment = new LinkedHashMap<>();
                attachment.put("id", rs.getString("id"));
                attachment.put("contentType", rs.getString("content_type"));
                attachment.put("name", rs.getString("name"));
                attachment.put("size", rs.getLong("size_bytes"));
                attachment.put("orderId", rs.getString("order_id"));
                attachment.put("createdAt", rs.getObject("created_at", OffsetDateTime.class));
                return attachment;
            }).list();
    }

    /** Deletes the conversation's files and their records; returns how many there were. */
    int deleteAll(String conversationId) {
        return delete("conversation_id = :value", conversationId);
    }

    /** Deletes every file stored before the instant and its record; returns how many there were. */
    int deleteStoredBefore(OffsetDateTime instant) {
        return delete("created_at < :value", instant);
    }

    private int delete(String condition, Object value) {
        List<String> keys = jdbc.sql("SELECT storage_key FROM attachments WHERE " + condition).param("value", value).query(String.class).list();
        keys.forEach(files::delete);
        jdbc.sql("DELETE FROM attachments WHERE " + condition).param("value", value).update();
        return keys.size();
    }

    private static Message.Attachment describe(String conversationId, String id, String type, String name, long size) {
        return new Message.Attachment(id, "/api/v1/conversations/" + conversationId + "/attachments/" + id, type, name, size);
    }
}
