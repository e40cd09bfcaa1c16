package io.kefu.insight.internal;

import java.time.OffsetDateTime;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.Message;

/**
 * Records conversation events for the metrics. Listeners run after the conversation's transaction
 * commits, each in its own, and the event publication registry keeps events not yet recorded, so
 * a crash in between loses none.
 */
@Component
class InsightRecorder {

    private final InsightEvents events;

    InsightRecorder(InsightEvents events) {
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ConversationEvents.ConversationStarted event) {
        events.record(event.conversationId(), InsightEvents.STARTED, OffsetDateTime.now(), event.channel(), null, null);
    }

    @ApplicationModuleListener
    void on(ConversationEvents.ConversationHandedOver event) {
        events.record(event.conversationId(), InsightEvents.HANDED_OVER, event.at() != null ? event.at() : OffsetDateTime.now(),
                event.handoff().reason(), null, event.handoff().priority());
    }

    @ApplicationModuleListener
    void on(ConversationEvents.CustomerMessageReceived event) {
        var analysis = event.analysis();
        events.record(event.conversationId(), InsightEvents.CUSTOMER_MESSAGE, event.message().time(), analysis == null ? null : analysis.intent(),
                analysis == null || analysis.emotion() == null ? null : analysis.emotion().label(), null);
    }

    @ApplicationModuleListener
    void on(ConversationEvents.MessagesAppended event) {
        int visible = 0;
        for (Message message : event.messages()) {
            if (message.internal()) {
                continue;
            }
            visible++;
            if ("agent".equals(message.role())) {
                events.record(event.conversationId(), InsightEvents.AGENT_REPLY, message.time(), message.author(), null, null);
            }
        }
        if (visible > 0) {
            events.record(event.conversationId(), InsightEvents.MESSAGES, OffsetDateTime.now(), null, null, visible);
        }
    }

    @ApplicationModuleListener
    void on(ConversationEvents.ConversationRated event) {
        events.record(event.conversationId(), InsightEvents.RATED, OffsetDateTime.now(), null, null, event.score());
    }
}
