package io.kefu.conversation;

/** A conversation that is not closed: its id, the language it is held in and its channel. */
public record OpenConversation(String id, String language, String channel) {
}
