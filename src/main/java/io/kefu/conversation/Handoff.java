package io.kefu.conversation;

/**
 * Why and how urgently a conversation went to the humans, and where the customer stands.
 */
public record Handoff(String reason, int priority, Integer queuePosition, Long estimatedWaitSeconds) {
}
