package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.conversation.Message;
import io.kefu.platform.Problem;

/**
 * What an agent does with conversations: take one from the queue, read its card, write to the
 * customer or note for colleagues, transfer, resolve; and what a supervisor adds: take over and
 * reassign. Every action is checked against who holds the conversation and written to the audit log.
 */
@Component
class AgentDesk {

    private final Handoffs handoffs;
    private final Queue queue;
    private final Assignments assignments;
    private final HandoffCards cards;
    private final ConversationService conversations;
    private final AgentDirectory directory;
    private final AuditLog audit;
    private final AgentFeed feed;
    private final DeskJobs jobs;
    private final TransactionTemplate transaction;
    private final CandidateProposals proposals;
    private final QueueReturn queueReturn;

    AgentDesk(Handoffs handoffs, Queue queue, Assignments assignments, HandoffCards cards, ConversationService conversations,
            AgentDirectory directory, AuditLog audit, AgentFeed feed, DeskJobs jobs, TransactionTemplate transaction,
            CandidateProposals proposals, QueueReturn queueReturn) {
        this.proposals = proposals;
        this.queueReturn = queueReturn;
        this.handoffs = handoffs;
        this.queue = queue;
        this.assignments = assignments;
        this.cards = cards;
        this.conversations = conversations;
        this.directory = directory;
        this.audit = audit;
        this.feed = feed;
        this.jobs = jobs;
        this.transaction = transaction;
    }

    /** The waiting conversations {@code me} may open (a supervisor sees all), highest priority first. */
    List<QueueEntry> queue(Agent me) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Queue.Ranked> ranked = queue.ordered(now).stream().filter(waiting -> me.mayOpen(waiting.row())).toList();
        return java.util.stream.IntStream.range(0, ranked.size()).mapToObj(i -> {
            HandoffRow row = ranked.get(i).row();
            return new QueueEntry(row.conversationId(), row.customerId(), row.reason(), ranked.get(i).priority(), row.waitingSeconds(now),
                    row.summary(), i + 1, row.skill(), row.language(), row.intent());
        }).toList();
    }

    List<Assigned> assignedTo(String username) {
        return handoffs.assignedTo(username).stream().map(row -> new Assigned(row.conversationId(), row.customerId(), row.reason(),
                row.priority(), row.summary(), row.skill(), row.language(), row.assignedAt(), row.lastCustomerAt())).toList();
    }

    HandoffCards.HandoffCard accept(Agent me, String conversationId) {
        HandoffRow waiting = handoff(conversationId);
        if (HandoffRow.WAITING.equals(waiting.status()) && !me.mayOpen(waiting)) {
            throw Problem.forbidden("Conversation " + conversationId + " waits in a queue you do not serve.");
        }
        String username = me.username();
        Assignments.Outcome outcome = assignments.take(conversationId, username, false);
        switch (outcome) {
            case ASSIGNED, ALREADY_YOURS -> {
            }
            case TAKEN -> throw Problem.conflict("Another agent already has conversation " + conversationId + ".");
            case NOT_WAITING -> throw Problem.conflict("Conversation " + conversationId + " is not waiting for an agent.");
            case NOT_FOUND -> throw Problem.notFound("Conversation " + conversationId + " was not handed over.");
            default -> throw Problem.forbidden("No agent " + username + ".");
        }
        jobs.kick();
        return cards.card(handoffs.find(conversationId).orElseThrow());
    }

    HandoffCards.HandoffCard card(Agent me, String conversationId) {
        HandoffRow row = handoff(conversationId);
        if (!me.mayOpen(row)) {
            throw Problem.forbidden("Conversation " + conversationId + " is not yours to open.");
        }
        audit.record(me.username(), "view_card", conversationId, row.customerId(), null);
        return cards.card(row);
    }

    Message post(Agent me, String conversationId, String text, boolean internal) {
        HandoffRow row = handoff(conversationId);
        requireHolder(me, row);
        Message message = conversations.postAgentMessage(conversationId, me.displayName(), text, internal);
        audit.record(me.username(), internal ? "internal_note" : "message", conversationId, row.customerId(), message.id());
        return message;
    }

    Transferred transfer(Agent me, String conversationId, String toAgent, String toSkill, boolean asSupervisor) {
        HandoffRow row = handoff(conversationId);
        if (asSupervisor) {
            if (!row.open()) {
                throw Problem.conflict("Conversation " + conversationId + " is not open.");
            }
        }
        else {
            requireHolder(me, row);
        }
        if ((toAgent == null || toAgent.isBlank()) == (toSkill == null || toSkill.isBlank())) {
            throw Problem.badRequest("Give either toAgent or toSkill.", List.of(new Problem.FieldError("toAgent", "either toAgent or toSkill is required")));
        }
        String action = asSupervisor ? "reassign" : "transfer";
        if (toAgent != null && !toAgent.isBlank()) {
            Agent target = directory.existingOrNull(toAgent);
            if (target == null) {
                throw Problem.badRequest("No agent " + toAgent + ".", List.of(new Problem.FieldError("toAgent", "is not a known agent")));
            }
            transaction.executeWithoutResult(status -> {
                conversations.holdForStaff(conversationId);
                boolean moved = HandoffRow.WAITING.equals(row.status()) ? handoffs.assign(conversationId, target.username(), OffsetDateTime.now())
                        : handoffs.move(conversationId, row.assignedAgent(), target.username(), OffsetDateTime.now());
                if (!moved) {
                    throw Problem.conflict("Conversation " + conversationId + " changed hands meanwhile; try again.");
                }
                conversations.agentJoined(conversationId, target.displayName());
                audit.record(me.username(), action, conversationId, row.customerId(), "toAgent=" + target.username());
            });
            feed.toAgent(target.username(), Map.of("type", "assigned", "conversationId", conversationId));
            if (row.assignedAgent() != null && !row.assignedAgent().equals(target.username())) {
                feed.toAgent(row.assignedAgent(), Map.of("type", "unassigned", "conversationId", conversationId));
            }
        }
        else {
            String skill = toSkill.strip().toLowerCase(java.util.Locale.ROOT);
            if (HandoffRow.WAITING.equals(row.status())) {
                handoffs.setSkill(conversationId, skill);
                audit.record(me.username(), action, conversationId, row.customerId(), "toSkill=" + skill);
                jobs.kick();
                HandoffRow waiting = handoffs.find(conversationId).orElseThrow();
                return new Transferred(conversationId, waiting.status(), null, waiting.skill(), cards.card(waiting));
            }
            transaction.executeWithoutResult(status -> {
                if (!queueReturn.requeue(row, skill, me.username(), action, "toSkill=" + skill)) {
                    throw Problem.conflict("Conversation " + conversationId + " changed hands meanwhile; try again.");
                }
            });
            feed.toAgent(row.assignedAgent(), Map.of("type", "unassigned", "conversationId", conversationId));
        }
        jobs.kick();
        HandoffRow now = handoffs.find(conversationId).orElseThrow();
        return new Transferred(conversationId, now.status(), now.assignedAgent(), now.skill(), cards.card(now));
    }

    Resolved resolve(Agent me, String conversationId, List<String> tags, boolean returnToBot) {
        HandoffRow row = handoff(conversationId);
        requireHolder(me, row);
        String joined = tags == null ? null : String.join(",", tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList());
        transaction.executeWithoutResult(status -> {
            conversations.holdForStaff(conversationId);
            if (!handoffs.resolve(conversationId, row.assignedAgent(), joined, OffsetDateTime.now())) {
                throw Problem.conflict("Conversation " + conversationId + " changed hands meanwhile; try again.");
            }
            conversations.agentFinished(conversationId, returnToBot);
            audit.record(me.username(), "resolve", conversationId, row.customerId(), joined);
        });
        proposals.proposeFrom(conversationId);
        jobs.kick();
        return new Resolved(conversationId, HandoffRow.RESOLVED, tags == null ? List.of() : tags, returnToBot ? "bot" : "closed");
    }

    HandoffCards.HandoffCard takeover(Agent me, String conversationId) {
        ConversationView view = conversations.view(conversationId);
        HandoffRow before = transaction.execute(status -> {
            conversations.holdForStaff(conversationId);
            // read under the hold: a hand-over racing this takeover has queued the customer or not at all
            HandoffRow previous = handoffs.find(conversationId).orElse(null);
            HandoffRow row = previous;
            if (row == null || !row.open()) {
                handoffs.enqueue(new HandoffRow(conversationId, view.customerId(), view.language(), "takeover", 0, null,
                        cards.understand(conversationId).intent(), null, HandoffRow.WAITING, OffsetDateTime.now(), null, null, null, null, null,
                        null, null));
                row = handoffs.find(conversationId).orElseThrow();
            }
            boolean taken = HandoffRow.WAITING.equals(row.status()) ? handoffs.assign(conversationId, me.username(), OffsetDateTime.now())
                    : me.username().equals(row.assignedAgent()) || handoffs.move(conversationId, row.assignedAgent(), me.username(), OffsetDateTime.now());
            if (!taken) {
                throw Problem.conflict("Conversation " + conversationId + " changed hands meanwhile; try again.");
            }
            conversations.agentJoined(conversationId, me.displayName());
            audit.record(me.username(), "takeover", conversationId, view.customerId(), previous == null ? null : "from=" + previous.assignedAgent());
            return previous;
        });
        if (before != null && before.open() && before.assignedAgent() != null && !before.assignedAgent().equals(me.username())) {
            feed.toAgent(before.assignedAgent(), Map.of("type", "unassigned", "conversationId", conversationId));
        }
        jobs.kick();
        return cards.card(handoffs.find(conversationId).orElseThrow());
    }

    private HandoffRow handoff(String conversationId) {
        return handoffs.find(conversationId).orElseThrow(() -> Problem.notFound("Conversation " + conversationId + " was not handed over."));
    }

    private static void requireHolder(Agent me, HandoffRow row) {
        if (!HandoffRow.ASSIGNED.equals(row.status())) {
            throw Problem.conflict("Conversation " + row.conversationId() + " is not assigned to an agent.");
        }
        if (!me.username().equals(row.assignedAgent()) && !me.supervises()) {
            throw Problem.forbidden("Conversation " + row.conversationId() + " is another agent's.");
        }
    }

    record QueueEntry(String conversationId, String customerId, String reason, int priority, long waitingSeconds, String summary,
            int position, String skill, String language, String intent) {
    }

    record Assigned(String conversationId, String customerId, String reason, int priority, String summary, String skill, String language,
            OffsetDateTime assignedAt, OffsetDateTime lastCustomerMessageAt) {
    }

    record Transferred(String conversationId, String status, String assignedAgent, String skill, HandoffCards.HandoffCard card) {
    }

    record Resolved(String conversationId, String status, List<String> tags, String mode) {
    }
}
