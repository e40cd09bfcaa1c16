package io.kefu.agentdesk.internal;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import io.kefu.agentdesk.AgentDeskSettings;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.HandoffQueue;
import io.kefu.dialogue.QueueEstimate;

/**
 * The priority queue of waiting customers: highest priority first (escalation reason, emotion, VIP,
 * plus one level per aging step of waiting), then first come, first served. It tells the bot what
 * to promise a customer being handed over ({@link QueuePositions} tells them when their place moves).
 */
@Component
class Queue implements HandoffQueue {

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::priority).reversed()
        .thenComparing(ranked -> ranked.row().queuedAt()).thenComparing(ranked -> ranked.row().conversationId());

    private final Handoffs handoffs;
    private final Agents agents;
    private final AgentDeskSettings settings;
    private final StoreSettingsService store;

    Queue(Handoffs handoffs, Agents agents, AgentDeskSettings settings, StoreSettingsService store) {
        this.handoffs = handoffs;
        this.agents = agents;
        this.settings = settings;
        this.store = store;
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
