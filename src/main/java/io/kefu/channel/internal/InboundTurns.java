package io.kefu.channel.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

import io.kefu.channel.ChannelSettings;
import io.kefu.conversation.ConversationService;
import io.kefu.platform.BackgroundJob;

/**
 * The inbound side of the channel port: a customer's message from any channel becomes a turn of
 * their open conversation (opened on their first message, as the linked store customer if the
 * merchant linked them), exactly as a message from the web widget. Platforms want their answer at
 * once (WeChat gives up after 5 seconds and retries), so a message is put in the {@link Inbox} and
 * its turn runs in the background; one user's messages always take the same lane, which keeps them
 * in order. A turn that failed for a passing reason (the node busy or stopping) is taken again from
 * the inbox once its lease runs out.
 */
@Component
class InboundTurns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboundTurns.class);
    private static final int LANES = 4;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final List<ExecutorService> lanes = IntStream.range(0, LANES)
        .mapToObj(i -> Executors.newSingleThreadExecutor(Thread.ofPlatform().name("channel-inbound-" + i).daemon().factory()))
        .toList();
    private final BackgroundJob recovery = new BackgroundJob("channel-inbox", this::recover, log, "Taking up channel messages again failed");
    private final ChannelSettings settings;
    private final ConversationService conversations;
    private final ChannelUsers users;
    private final ChannelConfigs configs;
    private final Inbox inbox;
    private final TransactionTemplate transaction;

    InboundTurns(ChannelSettings settings, ConversationService conversations, ChannelUsers users, ChannelConfigs configs, Inbox inbox,
            TransactionTemplate transaction) {
        this.settings = settings;
        this.conversations = conversations;
        this.users = users;
        this.configs = configs;
        this.inbox = inbox;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        recovery.start(settings.poll());
    }

    /**
     * Takes a customer's message for a turn in the background.
     *
     * @return false when the message was taken before (a platform's retry): nothing more happens
     */
    boolean accept(ChannelConfig channel, Inbound message) {
        String key = message.messageKey() != null ? message.messageKey() : "auto:" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        if (!inbox.add(channel.id(), key, message, now, now.plus(LEASE))) {
            log.debug("Channel {} delivered message {} again; taken once", channel.id(), key);
            return false;
        }
        schedule(channel, key, message);
        return true;
    }

    private void schedule(ChannelConfig channel, String key, Inbound message) {
        lanes.get(Math.floorMod((channel.id() + "/" + message.externalUserId()).hashCode(), LANES)).execute(() -> run(channel, key, message));
    }

    private void recover() {
        OffsetDateTime now = OffsetDateTime.now();
        for (Inbox.Pending pending : inbox.stale(now, now.plus(LEASE), 50)) {
            configs.find(pending.channelId()).ifPresentOrElse(channel -> schedule(channel, pending.key(), pending.message()),
                    () -> inbox.done(pending.channelId(), pending.key()));
        }
    }

    private void run(ChannelConfig channel, String key, Inbound message) {
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
            inbox.done(channel.id(), key);
        }
        catch (ErrorResponseException e) {
            if (e.getStatusCode().is5xxServerError() || e.getStatusCode().value() == 429) {
                log.info("Channel {}: a message of {} waits for another try: {}", channel.id(), message.externalUserId(), e.getMessage());
                return;
            }
            log.warn("Channel {}: a message of {} could not be answered: {}", channel.id(), message.externalUserId(), e.getMessage());
            inbox.done(channel.id(), key);
        }
        catch (RuntimeException e) {
            log.error("Channel {}: a message of {} failed; it is taken again later", channel.id(), message.externalUserId(), e);
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

    @Override
    public void destroy() throws InterruptedException {
        recovery.stop();
        lanes.forEach(ExecutorService::shutdown);
    }

    /**
     * A message from a channel's user; {@code account} is the WeCom service account it was written
     * to, else null; {@code messageKey} the platform's id of it, or null when it has none;
     * {@code text} null only opens the conversation (a follow event).
     */
    record Inbound(String externalUserId, String account, String messageKey, String text) {
    }
}
