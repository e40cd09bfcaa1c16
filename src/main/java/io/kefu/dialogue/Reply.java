package io.kefu.dialogue;

import java.util.List;
import java.util.Map;

/**
 * One message the bot says, with the buttons it offers and what it is based on.
 */
public record Reply(String text, List<String> quickReplies, List<Source> sources, List<Card> cards) {

    public Reply {
        quickReplies = List.copyOf(quickReplies);
        sources = List.copyOf(sources);
        cards = List.copyOf(cards);
    }

    public static Reply of(String text, List<String> quickReplies) {
        return new Reply(text, quickReplies, List.of(), List.of());
    }

    /** What a reply is based on: {@code knowledge}, {@code order}, {@code product} or {@code policy}, and its id. */
    public record Source(String type, String id) {
    }

    /**
     * Structured content shown beside the text: {@code order}, {@code product} or {@code return};
     * {@code reason} says why it is shown (every recommended product has one), null when it speaks for itself.
     */
    public record Card(String type, Map<String, Object> data, String reason) {

        public Card(String type, Map<String, Object> data) {
            this(type, data, null);
        }
    }
}
