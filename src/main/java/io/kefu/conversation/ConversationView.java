package io.kefu.conversation;

import java.time.OffsetDateTime;
import java.util.List;

/** A conversation with its whole transcript (API §2). */
public record ConversationView(String id, String customerId, Mode mode, String language, OffsetDateTime createdAt,
        List<Message> messages, Handoff handoff, Rating rating) {

    public record Rating(int score, String comment) {
    }
}
