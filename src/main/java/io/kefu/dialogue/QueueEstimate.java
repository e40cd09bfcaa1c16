package io.kefu.dialogue;

/**
 * Where a handed-over customer stands: position in the queue (1 = next) and the expected wait.
 * {@code agentsAvailable} false means nobody can take it now (outside hours or no agent online).
 */
public record QueueEstimate(int position, long estimatedWaitSeconds, boolean agentsAvailable) {
}
