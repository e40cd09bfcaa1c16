package io.kefu.channel.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import io.kefu.conversation.ConversationService;

/**
 * The inbound side of the channel port: a customer's message from any channel becomes a turn of
 * their open conversation (opened on their first message, as the linked store customer if the
 * merchant linked them), exactly as a message from the web widget. Platforms want their answer at
 * once (WeChat gives up after 5 seconds and retries), so turns run in the background; one user's
 * messages always take the same lane, which keeps them in order. A platform message id is taken once
 * ({@code channel_inbound}, in the database so a retry landing on another node is recognised too).
 */
@Component
class InboundTurns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboundTurns.class);
    private static final int LANES = 4;

    private final List<ExecutorService> lanes = IntStream.range(0, LANES)
        .mapToObj(i -> Executors.newSingleThreadExecutor(Thread.ofPlatform().name("channel-inbound-" + i).daemon().factory()))
        .toList();
    private final ConversationService conversations;
    private final ChannelUsers users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    InboundTurns(ConversationService conversations, ChannelUsers users, JdbcClient jdbc, TransactionTemplate transaction) {
        this.conversations = conversations;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Takes a customer's message for a turn in the background.
     *
     * @param messageKey the platform's id of the message, or null when it has none
     * @param text       the customer's text, or null to only open the conversation (a follow event)
     * @return false when the message was taken before (a platform's retry): nothing more happens
     */
    boolean accept(ChannelConfig channel, Inbound message) {
        if (message.messageKey() != null && !firstTime(channel.id(), message.messageKey())) {
            log.debug("Channel {} delivered message {} again; taken once", channel.id(), message.messageKey());
            return false;
        }
        lanes.get(Math.floorMod((channel.id() + "/" + message.externalUserId()).hashCode(), LANES)).execute(() -> run(channel, message));
        return true;
    }

    private void run(ChannelConfig channel, Inbound message) {
        try {
            String conversationId = conversationOf(channel, message);
            if (message.text() != null) {
                try {
                    conversations.post(conversationId, message.text(), List.of());
                }
                catch (ErrorResponseException e) {
                    if (e.getStatusCode().value() != 409) {
                        throw e;
                    }
                    // the conversation closed meanwhile (an idle close): the message starts the next one
                    users.closed(conversationId);
                    conversations.post(conversationOf(channel, message), message.text(), List.of());
                }
            }
        }
        catch (ErrorResponseException | IllegalStateException e) {
            log.warn("Channel {}: a message of {} could not be answered: {}", channel.id(), message.externalUserId(), e.getMessage());
        }
        catch (RuntimeException e) {
            log.error("Channel {}: a message of {} failed", channel.id(), message.externalUserId(), e);
        }
    }

    private String conversationOf(ChannelConfig channel, Inbound message) {
        users.ensure(channel.id(), message.externalUserId());
        return transaction.execute(status -> {
            ChannelUsers.User user = users.lock(channel.id(), message.externalUserId());
            if (user.conversationId() != null) {
                return user.conversationId();
            }
            String id = conversations.startExternal(channel.type(), message.externalUserId(), user.customerId(), null).id();
            users.opened(channel.id(), message.externalUserId(), message.account(), id);
            return id;
        });
    }

    private boolean firstTime(String channelId, String messageKey) {
        try {
            jdbc.sql("INSERT INTO channel_inbound (channel_id, message_key, received_at) VALUES (:channel, :key, :now)")
                .param("channel", channelId).param("key", messageKey).param("now", OffsetDateTime.now()).update();
            return true;
        }
        catch (DuplicateKeyException seen) {
            return false;
        }
    }

    @Override
    public void destroy() {
        lanes.forEach(ExecutorService::shutdown);
    }

    /** A message from a channel's user; {@code account} is the WeCom service account it was written to, else null. */
    record Inbound(String externalUserId, String account, String messageKey, String text) {
    }
}
