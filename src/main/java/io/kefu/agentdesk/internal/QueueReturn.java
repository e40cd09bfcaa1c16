package io.kefu.agentdesk.internal;

import org.springframework.stereotype.Component;

import io.kefu.conversation.ConversationService;
import io.kefu.conversation.Handoff;

/**
 * Puts a conversation an agent holds back into the queue (a transfer to a skill, an agent who went
 * silent): the handoff waits again at its old place, the customer is told their position, and the
 * audit log says who did it. Runs in the caller's transaction.
 */
@Component
class QueueReturn {

    private final Handoffs handoffs;
    private final Queue queue;
    private final ConversationService conversations;
    private final AuditLog audit;

    QueueReturn(Handoffs handoffs, Queue queue, ConversationService conversations, AuditLog audit) {
        this.handoffs = handoffs;
        this.queue = queue;
        this.conversations = conversations;
        this.audit = audit;
    }

    /** @return false when the conversation changed hands (or was resolved) meanwhile, and nothing was done */
    boolean requeue(HandoffRow row, String skill, String actor, String action, String detail) {
        conversations.holdForStaff(row.conversationId());
        if (!handoffs.requeue(row.conversationId(), row.assignedAgent(), skill)) {
            return false;
        }
        int position = queue.estimateFor(row.conversationId(), row.priority()).position();
        conversations.requeue(row.conversationId(), new Handoff(row.reason(), row.priority(), position, queue.waitSeconds(position, 1)));
        audit.record(actor, action, row.conversationId(), row.customerId(), detail);
        return true;
    }
}
