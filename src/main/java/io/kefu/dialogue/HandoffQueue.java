package io.kefu.dialogue;

/**
 * The human side as the bot sees it: how long a customer handed over now would wait. Implemented
 * by whichever module runs the agents' queue.
 */
public interface HandoffQueue {

    /** Never returns null. */
    QueueEstimate estimateFor(String conversationId, int priority);
}
