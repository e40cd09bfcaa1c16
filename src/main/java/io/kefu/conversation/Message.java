package io.kefu.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One message of a conversation as clients see it. {@code role} is customer, bot, agent or system.
 * Texts are stored with personal data masked. {@code author} names the agent of an agent message
 * (null otherwise); {@code internal} marks an agent's note to colleagues, which customers never
 * receive (not over REST, not live).
 */
public record Message(String id, String role, String text, OffsetDateTime time, List<String> quickReplies,
        List<Source> sources, List<Card> cards, List<Attachment> attachments, String author, boolean internal) {

    public Message {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        sources = sources == null ? List.of() : List.copyOf(sources);
        cards = cards == null ? List.of() : List.copyOf(cards);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Message(String id, String role, String text, OffsetDateTime time, List<String> quickReplies, List<Source> sources,
            List<Card> cards, List<Attachment> attachments) {
        this(id, role, text, time, quickReplies, sources, cards, attachments, null, false);
    }

    public record Source(String type, String id) {
    }

    public record Card(String type, Map<String, Object> data) {
    }

    /**
     * A file the customer attached: uploaded first ({@code POST …/attachments}), then referenced by
     * {@code id} in a message; the other fields are filled in by Kefu.
     */
    public record Attachment(String id, String url, String contentType, String name, Long size) {
    }
}
