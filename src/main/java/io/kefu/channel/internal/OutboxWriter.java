package io.kefu.channel.internal;

import java.time.OffsetDateTime;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.Message;

/**
 * The outbound side of the channel port: what the bot, an agent or the system says in a channel
 * conversation goes into the {@link Outbox}, and the dispatcher is woken once that is committed.
 * <p>
 * The outbox rows are written before the commit, in the transaction that stores the messages, and
 * not after it as most listeners do: that way a crash between the two cannot lose a delivery, and
 * the rows of one conversation are numbered in the order its messages were stored, because that
 * transaction holds the conversation's lock. Customer messages and agents' internal notes are never
 * sent back.
 */
@Component
class OutboxWriter {

    private final ChannelUsers users;
    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final PlatformHttp http;

    OutboxWriter(ChannelUsers users, Outbox outbox, Dispatcher dispatcher, PlatformHttp http) {
        this.users = users;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.http = http;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void queue(ConversationEvents.MessagesAppended event) {
        if (users.address(event.conversationId()).isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        event.messages().stream().filter(message -> !"customer".equals(message.role()) && !message.internal())
            .forEach(message -> outbox.add(event.conversationId(), message.id(),
                    http.json(OutboundItem.message(message.id(), message.role(), text(message))), now));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void queue(ConversationEvents.ModeChanged event) {
        if (users.address(event.conversationId()).isPresent()) {
            outbox.add(event.conversationId(), null, http.json(OutboundItem.mode(event.to().wire())), OffsetDateTime.now());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void closed(ConversationEvents.ConversationClosed event) {
        users.closed(event.conversationId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void wake(ConversationEvents.MessagesAppended event) {
        dispatcher.kick();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void wake(ConversationEvents.ModeChanged event) {
        dispatcher.kick();
    }

    /** Chat platforms show plain text: quick replies become numbered lines the customer can type. */
    static String text(Message message) {
        if (message.quickReplies().isEmpty()) {
            return message.text();
        }
        int[] n = {0};
        return message.text() + "\n" + message.quickReplies().stream().map(choice -> ++n[0] + ". " + choice).collect(Collectors.joining("\n"));
    }
}
