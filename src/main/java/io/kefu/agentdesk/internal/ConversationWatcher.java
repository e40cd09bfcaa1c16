package io.kefu.agentdesk.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.Message;

/**
 * Follows conversations for the desk. A handed-over conversation enters the queue in the very
 * transaction that hands it over, so it is never missing from the queue and the position the
 * customer was told holds; once committed, agents hear of it and routing runs. Customer messages
 * reach the assigned agent live; who spoke last drives the idle reminder. After-commit work runs in
 * the {@link Background}, as does the optional model's summary of a handed-over conversation.
 */
@Component
class ConversationWatcher {

    private final Background background;
    private final HandoffSummaryDrafts summaryDrafts;
    private final Handoffs handoffs;
    private final HandoffCards cards;
    private final AgentFeed feed;
    private final DeskJobs jobs;
    private final Summaries summaries;
    private final Skills skills;
    private final Agents agents;

    ConversationWatcher(Handoffs handoffs, HandoffCards cards, AgentFeed feed, DeskJobs jobs, Summaries summaries, Skills skills,
            Agents agents, Background background, HandoffSummaryDrafts summaryDrafts) {
        this.background = background;
        this.summaryDrafts = summaryDrafts;
        this.summaries = summaries;
        this.skills = skills;
        this.handoffs = handoffs;
        this.cards = cards;
        this.feed = feed;
        this.jobs = jobs;
        this.agents = agents;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void enqueue(ConversationEvents.ConversationHandedOver event) {
        HandoffCards.Understood understood = cards.understand(event.conversationId());
        var handoff = event.handoff();
        String summary = summaries.of(event.language(), understood.intent(), understood.orderId(), handoff.reason(), understood.lastText());
        handoffs.enqueue(new HandoffRow(event.conversationId(), event.customerId(), event.language(), handoff.reason(), handoff.priority(),
                skills.needed(understood.intent(), handoff.reason()), understood.intent(), summary, HandoffRow.WAITING, event.at(), null, null,
                null, null, null, handoff.queuePosition(), null));
    }

    /** A waiting customer became more urgent: the queue entry says so in the same transaction, and agents hear of it once committed. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void raise(ConversationEvents.HandoffRaised event) {
        if (handoffs.raise(event.conversationId(), event.handoff().reason(), event.handoff().priority())) {
            later(() -> announceNow(event.conversationId()));
        }
    }

    @EventListener
    void announce(ConversationEvents.ConversationHandedOver event) {
        later(() -> announceNow(event.conversationId()));
        // on a thread of its own: the model's seconds never hold up the queue announcement or routing
        later(() -> summaryDrafts.draft(event.conversationId()));
    }

    private void announceNow(String conversationId) {
        handoffs.find(conversationId).ifPresent(row -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("conversationId", row.conversationId());
            entry.put("customerId", row.customerId());
            entry.put("reason", row.reason());
            entry.put("priority", row.priority());
            entry.put("skill", row.skill());
            entry.put("language", row.language());
            entry.put("summary", row.summary());
            // the entry names the customer and their matter: only for the staff who may open it
            Map<String, Object> frame = Map.of("type", "queue", "entry", entry);
            agents.all().stream().filter(agent -> agent.mayOpen(row)).forEach(agent -> feed.toAgent(agent.username(), frame));
        });
        jobs.kick();
    }

    @EventListener
    void follow(ConversationEvents.MessagesAppended event) {
        later(() -> followNow(event));
    }

    private void followNow(ConversationEvents.MessagesAppended event) {
        Message customer = null;
        Message agent = null;
        for (Message message : event.messages()) {
            if ("customer".equals(message.role())) {
                customer = message;
            }
            else if ("agent".equals(message.role()) && !message.internal()) {
                agent = message;
            }
        }
        if (customer == null && agent == null) {
            return;
        }
        HandoffRow row = handoffs.find(event.conversationId()).filter(HandoffRow::open).orElse(null);
        if (row == null) {
            return;
        }
        if (customer != null) {
            handoffs.customerWrote(row.conversationId(), customer.time());
            if (row.assignedAgent() != null) {
                feed.toAgent(row.assignedAgent(), Map.of("type", "message", "conversationId", row.conversationId(), "message", customer));
            }
        }
        if (agent != null) {
            handoffs.agentWrote(row.conversationId(), agent.time());
        }
    }

    @EventListener
    void closed(ConversationEvents.ConversationClosed event) {
        later(() -> closedNow(event));
    }

    private void closedNow(ConversationEvents.ConversationClosed event) {
        handoffs.find(event.conversationId()).filter(HandoffRow::open).ifPresent(row -> {
            handoffs.close(row.conversationId(), java.time.OffsetDateTime.now());
            feed.toAgent(row.assignedAgent(), Map.of("type", "closed", "conversationId", row.conversationId()));
            jobs.kick();
        });
    }

    private void later(Runnable work) {
        background.afterCommit("follow a conversation event", work);
    }
}
