package io.kefu.outreach.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.Mode;
import io.kefu.platform.AfterCommitWork;

/**
 * Follows conversations for the rules and the report: a customer writing after a proactive message
 * answered it (within {@link #REPLY_WINDOW}); a signed-in customer's complaint is noted, and it is
 * resolved when the conversation closes or the agent hands it back to the bot. Written after the
 * conversation's transaction commits, on a background thread, as insight records its events: the
 * request thread keeps its one connection.
 */
@Component
class ConversationWatch implements DisposableBean {

    static final Duration REPLY_WINDOW = Duration.ofHours(24);
    static final String COMPLAINT = "complaint";

    private static final Logger log = LoggerFactory.getLogger(ConversationWatch.class);

    private final SentMessages sent;
    private final Complaints complaints;
    private final OutreachClock clock;
    // one thread, in commit order: a complaint is noted before the close that resolves it is applied
    private final AfterCommitWork afterCommit = new AfterCommitWork(
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("outreach-watch").daemon().factory()), log,
            "Outreach could not record a conversation event");

    ConversationWatch(SentMessages sent, Complaints complaints, OutreachClock clock) {
        this.sent = sent;
        this.complaints = complaints;
        this.clock = clock;
    }

    @EventListener
    void on(ConversationEvents.CustomerMessageReceived event) {
        OffsetDateTime at = event.message().time() != null ? event.message().time() : clock.now();
        boolean complaint = event.customerId() != null && event.analysis() != null && COMPLAINT.equals(event.analysis().intent());
        afterCommit.run(() -> {
            sent.replied(event.conversationId(), at, at.minus(REPLY_WINDOW));
            if (complaint) {
                complaints.noted(event.conversationId(), event.customerId(), at);
            }
        });
    }

    @EventListener
    void on(ConversationEvents.ModeChanged event) {
        if (event.to() == Mode.CLOSED || (event.from() == Mode.AGENT && event.to() == Mode.BOT)) {
            OffsetDateTime at = clock.now();
            afterCommit.run(() -> complaints.resolved(event.conversationId(), at));
        }
    }

    @Override
    public void destroy() {
        // finishes the work in flight while the database, which closes after this bean, is still there
        afterCommit.close();
    }
}
