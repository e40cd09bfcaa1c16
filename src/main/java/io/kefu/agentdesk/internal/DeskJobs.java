package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import io.kefu.agentdesk.AgentDeskSettings;
import io.kefu.conversation.ConversationService;
import io.kefu.platform.BackgroundJob;

/**
 * The desk's heartbeat, every {@link AgentDeskSettings#tick()} and right after each change (kick):
 * agents not heard from go offline and their customers back to the queue, waiting conversations are routed, waiting customers hear their
 * new place, and customers who went quiet on an agent are reminded, then their conversation closes.
 * One run at a time per node; every step is safe to run on several nodes at once.
 */
@Component
class DeskJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeskJobs.class);

    private final BackgroundJob job = new BackgroundJob("agentdesk-jobs", this::run, log, "Agent desk jobs failed");
    private final AgentDeskSettings settings;
    private final AbsentAgents absent;
    private final Handoffs handoffs;
    private final Routing routing;
    private final QueuePositions positions;
    private final ConversationService conversations;
    private final AuditLog audit;
    private final AgentFeed feed;

    DeskJobs(AgentDeskSettings settings, AbsentAgents absent, Handoffs handoffs, Routing routing, QueuePositions positions,
            ConversationService conversations, AuditLog audit, AgentFeed feed) {
        this.settings = settings;
        this.absent = absent;
        this.handoffs = handoffs;
        this.routing = routing;
        this.positions = positions;
        this.conversations = conversations;
        this.audit = audit;
        this.feed = feed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        job.start(settings.tick());
    }

    /** Runs the jobs soon, once, however many changes asked for it meanwhile. */
    void kick() {
        job.kick();
    }

    private void run() {
        OffsetDateTime now = OffsetDateTime.now();
        absent.releaseSilentSince(now.minus(settings.heartbeatTimeout()));
        routing.route();
        positions.refresh();
        lookAfterIdle(now);
    }

    private void lookAfterIdle(OffsetDateTime now) {
        for (HandoffRow row : handoffs.assigned()) {
            boolean agentSpokeLast = row.lastAgentAt() != null && (row.lastCustomerAt() == null || row.lastAgentAt().isAfter(row.lastCustomerAt()));
            if (!agentSpokeLast) {
                continue;
            }
            try {
                if (row.remindedAt() == null && row.lastAgentAt().plus(settings.idleReminder()).isBefore(now)) {
                    if (handoffs.claimReminder(row.conversationId(), now)) {
                        conversations.remindIdle(row.conversationId());
                        audit.record("system", "idle_reminder", row.conversationId(), row.customerId(), null);
                    }
                }
                else if (row.remindedAt() != null && row.remindedAt().plus(settings.idleClose()).isBefore(now)) {
                    if (handoffs.close(row.conversationId(), now)) {
                        conversations.close(row.conversationId());
                        audit.record("system", "idle_close", row.conversationId(), row.customerId(), null);
                        feed.toAgent(row.assignedAgent(), Map.of("type", "closed", "conversationId", row.conversationId()));
                    }
                }
            }
            catch (ErrorResponseException e) {
                handoffs.close(row.conversationId(), now);
            }
        }
    }

    @Override
    public void destroy() {
        job.stop();
    }
}
