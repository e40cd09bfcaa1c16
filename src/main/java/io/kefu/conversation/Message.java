package io.kefu.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One message of a conversation as clients see it. {@code role} is customer, bot, agent or system.
 * Texts are stored with personal data masked. {@code author} names the agent of an agent message
 * (null otherwise); {@code internal} marks an agent's note to colleagues, which customers never
 * receive (not over REST, not live). {@code aiGenerated} is derived from the role, never stored or
 * taken from a client: what the machine wrote (bot and system) is labelled as AI-generated wherever
 * a message is serialised (API §2), so no path can forget or switch off the label. Stored bodies
 * that carry it (or not) read alike.
 */
@JsonIgnoreProperties(value = "aiGenerated", allowGetters = true)
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

    /** Whether the machine wrote this message (bot or system), as opposed to a person (customer or agent). */
    @JsonProperty("aiGenerated")
    public boolean aiGenerated() {
        return "bot".equals(role) || "system".equals(role);
    }

    public record Source(String type, String id) {
    }

    /** {@code reason} says why the card is shown (a recommended product: why it fits); null when the card speaks for itself. */
    public record Card(String type, Map<String, Object> data, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

        public Card(String type, Map<String, Object> data) {
            this(type, data, null);
        }
    }

    /**
     * A file the customer attached: uploaded first ({@code POST …/attachments}), then referenced by
     * {@code id} in a message; the other fields are filled in by Kefu.
     */
    public record Attachment(String id, String url, String contentType, String name, Long size) {
    }
}
