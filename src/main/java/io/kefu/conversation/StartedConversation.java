package io.kefu.conversation;

import java.util.List;

/** A new conversation and the token that opens it; the token is shown once and stored only hashed. */
public record StartedConversation(String id, String customerToken, Mode mode, List<Message> messages) {
}
