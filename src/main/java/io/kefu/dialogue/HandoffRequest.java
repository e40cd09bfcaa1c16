package io.kefu.dialogue;

/**
 * The policy's decision to bring in a human.
 *
 * @param reason   customer_request, negative_emotion, bot_failure, high_risk or policy
 * @param priority higher is served first
 */
public record HandoffRequest(String reason, int priority) {
}
