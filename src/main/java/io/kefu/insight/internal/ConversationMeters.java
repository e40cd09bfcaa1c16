package io.kefu.insight.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.Message;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Kefu's own meters (API §7, Prometheus {@code kefu_*}) from conversation events: customer turns,
 * handoffs by reason, the time from a customer's message to the bot's answer, and proactive
 * messages — what the bot or system says without answering a turn (greetings, reminders to a quiet
 * customer, follow-ups). One meter per fact, so a new metric is one line here.
 */
@Component
class ConversationMeters {

    private final MeterRegistry registry;
    private final Counter turns;
    private final Timer latency;
    /** The customer message each conversation's bot has yet to answer; gone once answered. */
    private final Map<String, OffsetDateTime> unanswered = new ConcurrentHashMap<>();

    ConversationMeters(MeterRegistry registry) {
        this.registry = registry;
        this.turns = Counter.builder("kefu.turns").description("Customer messages the service took").register(registry);
        this.latency = Timer.builder("kefu.turn.latency").description("From a customer's message to the bot's answer")
            .publishPercentileHistogram().register(registry);
    }

    @EventListener
    void on(ConversationEvents.CustomerMessageReceived event) {
        turns.increment();
        if (event.botAnsweredIn() != null) {
            latency.record(event.botAnsweredIn());
        }
        if (event.message().time() != null) {
            unanswered.put(event.conversationId(), event.message().time());
        }
    }

    @EventListener
    void on(ConversationEvents.ConversationHandedOver event) {
        registry.counter("kefu.handoffs", "reason", event.handoff().reason() == null ? "unknown" : event.handoff().reason()).increment();
        unanswered.remove(event.conversationId());
    }

    @EventListener
    void on(ConversationEvents.MessagesAppended event) {
        // a turn's answer may come in the same event as the customer's message, or after it
        boolean asked = event.messages().stream().anyMatch(m -> "customer".equals(m.role()));
        OffsetDateTime pending = unanswered.remove(event.conversationId());
        boolean answering = asked || pending != null;
        for (Message message : event.messages()) {
            if (!message.aiGenerated() || message.internal()) {
                continue;
            }
            if (answering) {
                answering = false; // the answer to the turn, timed when the turn was received
            }
            else if (pending == null) {
                registry.counter("kefu.proactive.messages", "role", message.role()).increment();
            }
        }
    }

    @EventListener
    void on(ConversationEvents.ConversationClosed event) {
        unanswered.remove(event.conversationId());
    }
}
