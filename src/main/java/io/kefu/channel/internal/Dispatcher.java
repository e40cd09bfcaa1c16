package io.kefu.channel.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.kefu.channel.ChannelSettings;
import io.kefu.platform.BackgroundJob;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the {@link Outbox}: every {@link ChannelSettings#poll()} and right after a commit added
 * to it. A failure worth retrying (no answer, 5xx, busy) waits {@link ChannelSettings#retryBackoff()},
 * doubling up to {@link ChannelSettings#maxBackoff()}, and holds back the later messages of its
 * conversation meanwhile; after {@link ChannelSettings#maxAttempts()} it is given up, logged and
 * left in the table with its last error. One run at a time per node.
 */
@Component
class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 50;

    private final BackgroundJob job = new BackgroundJob("channel-dispatcher", this::run, log, "Channel delivery failed");
    private final ChannelSettings settings;
    private final Outbox outbox;
    private final ChannelUsers users;
    private final ChannelConfigs configs;
    private final Map<String, ChannelAdapter> adapters;
    private final JsonMapper json;

    Dispatcher(ChannelSettings settings, Outbox outbox, ChannelUsers users, ChannelConfigs configs, List<ChannelAdapter> adapters,
            JsonMapper json) {
        this.settings = settings;
        this.outbox = outbox;
        this.users = users;
        this.configs = configs;
        this.adapters = adapters.stream().collect(Collectors.toMap(ChannelAdapter::type, Function.identity()));
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        job.start(settings.poll());
    }

    /** Runs soon, once, however many commits asked for it meanwhile. */
    void kick() {
        job.kick();
    }

    private void run() {
        for (List<Outbox.Row> due = outbox.due(OffsetDateTime.now(), BATCH); !due.isEmpty(); due = outbox.due(OffsetDateTime.now(), BATCH)) {
            boolean delivered = false;
            for (Outbox.Row row : due) {
                OffsetDateTime now = OffsetDateTime.now();
                if (outbox.lease(row.id(), now, now.plus(LEASE))) {
                    delivered |= deliver(row);
                }
            }
            if (!delivered) {
                return;
            }
        }
    }

    /** True when the row was delivered, so the next one of its conversation may be due now. */
    private boolean deliver(Outbox.Row row) {
        Optional<ChannelUsers.Address> address = users.address(row.conversationId());
        Optional<ChannelConfig> channel = address.flatMap(a -> configs.find(a.channelId()));
        ChannelAdapter adapter = channel.map(c -> adapters.get(c.type())).orElse(null);
        if (adapter == null) {
            outbox.failed(row.id(), "The conversation's channel is no longer configured");
            return true;
        }
        try {
            adapter.deliver(channel.get(), new ChannelAdapter.Recipient(row.conversationId(), address.get().externalUserId(),
                    address.get().account()), json.readValue(row.body(), OutboundItem.class));
            outbox.sent(row.id());
            return true;
        }
        catch (DeliveryFailure e) {
            if (e.retryable() && row.attempts() + 1 < settings.maxAttempts()) {
                Duration wait = backoff(row.attempts());
                log.info("Channel {}: delivery for {} failed ({}); retrying in {}", channel.get().id(), row.conversationId(), e.getMessage(), wait);
                outbox.retryAt(row.id(), OffsetDateTime.now().plus(wait), e.getMessage());
                return false;
            }
            log.warn("Channel {}: delivery for {} given up after {} attempts: {}", channel.get().id(), row.conversationId(),
                    row.attempts() + 1, e.getMessage());
            outbox.failed(row.id(), e.getMessage());
            return true;
        }
        catch (IllegalArgumentException e) {
            // a configuration the platform call cannot even be built from (a malformed URL): retrying would not mend it
            log.warn("Channel {}: delivery for {} failed for good", channel.get().id(), row.conversationId(), e);
            outbox.failed(row.id(), String.valueOf(e.getMessage()));
            return true;
        }
    }

    Duration backoff(int failedBefore) {
        Duration wait = settings.retryBackoff().multipliedBy(1L << Math.min(failedBefore, 20));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    @Override
    public void destroy() {
        job.stop();
    }
}
