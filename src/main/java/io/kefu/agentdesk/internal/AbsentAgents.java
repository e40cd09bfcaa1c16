package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Agents who stopped sending heartbeats (their console closed, their node died and they did not
 * come back) are set offline, and the customers they held go back to the queue at their old place,
 * so routing gives them to a colleague who is still there instead of leaving them with nobody.
 */
@Component
class AbsentAgents {

    private static final Logger log = LoggerFactory.getLogger(AbsentAgents.class);

    private final Agents agents;
    private final Handoffs handoffs;
    private final QueueReturn queueReturn;
    private final AgentFeed feed;
    private final TransactionTemplate transaction;

    AbsentAgents(Agents agents, Handoffs handoffs, QueueReturn queueReturn, AgentFeed feed, TransactionTemplate transaction) {
        this.agents = agents;
        this.handoffs = handoffs;
        this.queueReturn = queueReturn;
        this.feed = feed;
        this.transaction = transaction;
    }

    /** Sets offline whoever was not heard from since {@code before} and requeues their customers. */
    void releaseSilentSince(OffsetDateTime before) {
        for (String username : agents.offlineIfSilentSince(before)) {
            List<HandoffRow> held = handoffs.assignedTo(username);
            log.info("Agent {} missed heartbeats and is offline now; {} conversation(s) go back to the queue", username, held.size());
            held.forEach(row -> requeue(username, row));
        }
    }

    private void requeue(String username, HandoffRow row) {
        try {
            // false: resolved, closed or moved meanwhile
            boolean requeued = Boolean.TRUE.equals(transaction.execute(
                    status -> queueReturn.requeue(row, row.skill(), "system", "requeue_absent_agent", "from=" + username)));
            if (requeued) {
                feed.toAgent(username, Map.of("type", "unassigned", "conversationId", row.conversationId()));
            }
        }
        catch (ErrorResponseException e) {
            // the conversation was closed meanwhile: nothing to give to anyone
            handoffs.close(row.conversationId(), OffsetDateTime.now());
        }
    }
}
