package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.kefu.conversation.ConversationService;
import io.kefu.conversation.Handoff;

/**
 * Tells every waiting customer whose place in the queue changed their new position and expected
 * wait, as a live state frame; only changes are sent, so a quiet queue costs nothing.
 */
@Component
class QueuePositions {

    private final Queue queue;
    private final Handoffs handoffs;
    private final Agents agents;
    private final ConversationService conversations;

    QueuePositions(Queue queue, Handoffs handoffs, Agents agents, ConversationService conversations) {
        this.queue = queue;
        this.handoffs = handoffs;
        this.agents = agents;
        this.conversations = conversations;
    }

    void refresh() {
        List<Queue.Ranked> waiting = queue.ordered(OffsetDateTime.now());
        int online = agents.online().size();
        for (int i = 0; i < waiting.size(); i++) {
            HandoffRow row = waiting.get(i).row();
            int position = i + 1;
            if (!Objects.equals(row.positionTold(), position)) {
                handoffs.positionTold(row.conversationId(), position);
                conversations.updateHandoff(row.conversationId(),
                        new Handoff(row.reason(), waiting.get(i).priority(), position, queue.waitSeconds(position, online)));
            }
        }
    }
}
