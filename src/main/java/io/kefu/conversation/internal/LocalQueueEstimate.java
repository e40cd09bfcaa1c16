package io.kefu.conversation.internal;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.HandoffQueue;
import io.kefu.dialogue.QueueEstimate;

/**
 * Queue position from the conversations waiting for an agent, until the agent desk runs the queue
 * itself; the wait assumes the average handling time and that agents are there.
 */
@Component
class LocalQueueEstimate implements HandoffQueue {

    private static final long SECONDS_PER_CUSTOMER_AHEAD = 60;

    private final Conversations conversations;

    LocalQueueEstimate(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public QueueEstimate estimateFor(String conversationId, int priority) {
        int position = conversations.queuePosition(conversationId);
        return new QueueEstimate(position, position * SECONDS_PER_CUSTOMER_AHEAD, true);
    }
}
