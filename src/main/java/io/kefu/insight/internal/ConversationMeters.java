package io.kefu.insight.internal;


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
    }

    @EventListener
    void on(ConversationEvents.ConversationHandedOver event) {
        registry.counter("kefu.handoffs", "reason", event.handoff().reason() == null ? "unknown" : event.handoff().reason()).increment();
    }

    @EventListener
    void on(ConversationEvents.MessagesAppended event) {
        // a turn publishes the customer's message and the bot's answer in one event: an AI message in any other is unprompted
        boolean answering = event.messages().stream().anyMatch(m -> "customer".equals(m.role()));
        for (Message message : event.messages()) {
            if (!message.aiGenerated() || message.internal()) {
                continue;
            }
            if (answering) {
                answering = false; // the answer to the turn, timed when the turn was received
            }
            else {
                registry.counter("kefu.proactive.messages", "role", message.role()).increment();
            }
        }
    }
}
