package io.kefu.agentdesk.internal;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.kefu.agentdesk.AgentDeskSettings;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.conversation.ConversationService;
import io.kefu.conversation.Handoff;
import io.kefu.dialogue.HandoffQueue;
import io.kefu.dialogue.QueueEstimate;

/**
 * The priority queue of waiting customers: highest priority first (escalation reason, emotion, VIP,
 * plus one level per aging step of waiting), then first come, first served. It tells the bot what
 * to promise a customer being handed over, and tells waiting customers when their place moves.
 */
@Component
class Queue implements HandoffQueue {

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::priority).reversed()
        .thenComparing(ranked -> ranked.row().queuedAt()).thenComparing(ranked -> ranked.row().conversationId());

    private final Handoffs handoffs;
    private final Agents agents;
    private final AgentDeskSettings settings;
    private final StoreSettingsService store;
    private final ConversationService conversations;

    Queue(Handoffs handoffs, Agents agents, AgentDeskSettings settings, StoreSettingsService store, ConversationService conversations) {
        this.handoffs = handoffs;
        this.agents = agents;
        this.settings = settings;
        this.store = store;
        this.conversations = conversations;
    }

    /** Waiting conversations in the order they are served. */
    List<Ranked> ordered(OffsetDateTime now) {
        return handoffs.waiting().stream().map(row -> new Ranked(row, row.effectivePriority(now, settings.agingStep())))
            .sorted(ORDER).toList();
    }

    @Override
    public QueueEstimate estimateFor(String conversationId, int priority) {
        OffsetDateTime now = OffsetDateTime.now();
        long ahead = ordered(now).stream()
            .filter(ranked -> !ranked.row().conversationId().equals(conversationId) && ranked.priority() >= priority).count();
        int position = (int) ahead + 1;
        return new QueueEstimate(position, waitSeconds(position, agents.online().size()), isOpen(store.current()));
    }

    long waitSeconds(int position, int agentsOnline) {
        long rounds = (position + Math.max(1, agentsOnline) - 1) / Math.max(1, agentsOnline);
        return Math.max(1, rounds) * settings.handlingTime().toSeconds();
    }

    /** Tells every waiting customer whose place changed their new position and wait (a live state frame). */
    void refresh() {
        OffsetDateTime now = OffsetDateTime.now();
        List<Ranked> queue = ordered(now);
        int online = agents.online().size();
        for (int i = 0; i < queue.size(); i++) {
            HandoffRow row = queue.get(i).row();
            int position = i + 1;
            if (!Objects.equals(row.positionTold(), position)) {
                handoffs.positionTold(row.conversationId(), position);
                conversations.updateHandoff(row.conversationId(),
                        new Handoff(row.reason(), queue.get(i).priority(), position, waitSeconds(position, online)));
            }
        }
    }

    static boolean isOpen(StoreSettings store) {
        LocalTime now = ZonedDateTime.now(store.zone()).toLocalTime();
        LocalTime opens = store.businessHours().opens();
        LocalTime closes = store.businessHours().closes();
        // Hours past midnight (e.g. 20:00–02:00) wrap around; equal times mean round the clock.
        return opens.isBefore(closes) ? !now.isBefore(opens) && now.isBefore(closes) : !now.isBefore(opens) || now.isBefore(closes);
    }

    record Ranked(HandoffRow row, int priority) {
    }
}
