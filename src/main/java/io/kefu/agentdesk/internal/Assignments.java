package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kefu.conversation.ConversationService;

/**
 * Gives a waiting conversation to an agent, by hand (accept) or by routing, in one transaction:
 * lock the agent's row (so routing never exceeds an agent's capacity), take the handoff with a
 * conditional UPDATE (so exactly one agent wins it), and tell the conversation an agent joined.
 * Locks are always taken agent first, then handoff, then conversation.
 */
@Component
class Assignments {

    private final TransactionTemplate transaction;
    private final Agents agents;
    private final Handoffs handoffs;
    private final ConversationService conversations;
    private final AuditLog audit;
    private final AgentFeed feed;

    Assignments(TransactionTemplate transaction, Agents agents, Handoffs handoffs, ConversationService conversations, AuditLog audit,
            AgentFeed feed) {
        this.transaction = transaction;
        this.agents = agents;
        this.handoffs = handoffs;
        this.conversations = conversations;
        this.audit = audit;
        this.feed = feed;
    }

    /**
     * @param routed true for routing, which only gives work to an online agent below capacity; an
     *               agent accepting by hand decides for themselves
     */
    Outcome take(String conversationId, String username, boolean routed) {
        Outcome outcome = transaction.execute(status -> {
            Agent agent = agents.lock(username).orElse(null);
            if (agent == null) {
                return Outcome.NO_AGENT;
            }
            if (routed && (!agent.online() || handoffs.load(username) >= agent.maxConcurrent())) {
                return Outcome.AGENT_BUSY;
            }
            conversations.holdForStaff(conversationId);
            if (!handoffs.assign(conversationId, username, OffsetDateTime.now())) {
                HandoffRow row = handoffs.find(conversationId).orElse(null);
                if (row == null) {
                    return Outcome.NOT_FOUND;
                }
                if (HandoffRow.ASSIGNED.equals(row.status())) {
                    return username.equals(row.assignedAgent()) ? Outcome.ALREADY_YOURS : Outcome.TAKEN;
                }
                return Outcome.NOT_WAITING;
            }
            conversations.agentJoined(conversationId, agent.displayName());
            HandoffRow row = handoffs.find(conversationId).orElseThrow();
            audit.record(username, routed ? "routed" : "accept", conversationId, row.customerId(), null);
            return Outcome.ASSIGNED;
        });
        if (outcome == Outcome.ASSIGNED) {
            feed.toAgent(username, Map.of("type", "assigned", "conversationId", conversationId));
            feed.toEveryone(Map.of("type", "dequeued", "conversationId", conversationId));
        }
        return outcome;
    }

    enum Outcome {
        ASSIGNED, ALREADY_YOURS, TAKEN, NOT_WAITING, NOT_FOUND, NO_AGENT, AGENT_BUSY
    }
}
