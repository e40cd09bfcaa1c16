package io.kefu.conversation;

import java.time.OffsetDateTime;

/**
 * A conversation that is not closed, as a supervisor surveys it.
 *
 * @param emotion the reading of the customer's latest message, or null before the first one
 * @param intent  the intent of the customer's latest message, or null
 * @param botLoop the bot said the same thing again or the customer repeated themselves lately
 * @param channel the door the customer came through; {@code externalUserId} their id there, or null
 */
public record LiveConversation(String id, String customerId, Mode mode, String language, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, Handoff handoff, TurnResult.Emotion emotion, String intent, boolean botLoop, String channel,
        String externalUserId) {
}
