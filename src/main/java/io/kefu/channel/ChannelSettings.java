package io.kefu.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings of channel delivery, bound from {@code kefu.channel.*}.
 *
 * @param poll         how often the outbox is looked at (also right after every commit that adds to it), and
 *                     the inbox for messages whose turn a stopped node left undone
 * @param retryBackoff the wait after the first failed delivery; it doubles with each further failure
 * @param maxBackoff   the longest wait between two attempts
 * @param maxAttempts  a message still undelivered after this many attempts is given up (and logged)
 * @param replayWindow a signed webhook request whose timestamp is further than this from now is refused
 */
@ConfigurationProperties("kefu.channel")
public record ChannelSettings(@DefaultValue("1s") Duration poll, @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("5m") Duration maxBackoff, @DefaultValue("10") int maxAttempts, @DefaultValue("5m") Duration replayWindow) {
}
