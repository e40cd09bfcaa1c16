package io.kefu.insight.internal;

import java.time.OffsetDateTime;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.Message;
import io.kefu.platform.AfterCommitWork;

/**
 * Records conversation events for the metrics once the conversation's transaction has committed,
 * on a background thread: the request thread still holds its own connection, and taking a second
 * one per event would starve the pool under load (the reason Kefu runs without the JDBC event
 * publication registry). An event lost in a crash right after the commit is one metric sample less.
 */
@Component
class InsightRecorder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InsightRecorder.class);

    private final InsightEvents events;
    private final InsightClock clock;
    private final AfterCommitWork afterCommit = new AfterCommitWork(Executors.newVirtualThreadPerTaskExecutor(), log,
            "Insight could not record a conversation event");

    InsightRecorder(InsightEvents events, InsightClock clock) {
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ConversationEvents.ConversationStarted event) {
        // Times are taken when the event happens, not when the background write gets to it.
        OffsetDateTime at = clock.now();
        afterCommit.run(() -> events.record(event.conversationId(), InsightEvents.STARTED, at, event.channel(), null, null));
    }

    @EventListener
    void on(ConversationEvents.ConversationHandedOver event) {
        afterCommit.run(() -> events.record(event.conversationId(), InsightEvents.HANDED_OVER, event.at() != null ? event.at() : clock.now(),
                event.handoff().reason(), null, event.handoff().priority()));
    }

    /** {@code amount}: how many milliseconds the bot took to answer it, when it did. */
    @EventListener
    void on(ConversationEvents.CustomerMessageReceived event) {
        var analysis = event.analysis();
        Integer answeredInMillis = event.botAnsweredIn() == null ? null : (int) Math.min(Integer.MAX_VALUE, event.botAnsweredIn().toMillis());
        afterCommit.run(() -> events.record(event.conversationId(), InsightEvents.CUSTOMER_MESSAGE, event.message().time(),
                analysis == null ? null : analysis.intent(), analysis == null || analysis.emotion() == null ? null : analysis.emotion().label(),
                answeredInMillis));
    }

    @EventListener
    void on(ConversationEvents.MessagesAppended event) {
        OffsetDateTime at = clock.now();
        afterCommit.run(() -> {
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
                events.record(event.conversationId(), InsightEvents.MESSAGES, at, null, null, visible);
            }
        });
    }

    @EventListener
    void on(ConversationEvents.ConversationRated event) {
        OffsetDateTime at = clock.now();
        afterCommit.run(() -> events.record(event.conversationId(), InsightEvents.RATED, at, null, null, event.score()));
    }

    @Override
    public void destroy() {
        // finishes the work in flight while the database, which closes after this bean, is still there
        afterCommit.close();
    }
}
