package io.kefu.conversation.internal;

import java.time.OffsetDateTime;

import io.kefu.conversation.Mode;

/**
 * A stored conversation without its messages. {@code handoff} and {@code dialogueState} are JSON;
 * {@code externalUserId} is the customer's id on an external channel (an OpenID), null on web and api.
 */
record ConversationRow(String id, String customerId, Mode mode, String language, String channel, OffsetDateTime createdAt,
        String handoff, String dialogueState, Integer ratingScore, String ratingComment, OffsetDateTime updatedAt,
        String externalUserId) {
}
