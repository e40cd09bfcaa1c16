package io.kefu.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.kefu.platform.RateLimit;
import io.kefu.platform.RateLimiter;

/** What every {@link RateLimiter} does, in process or in Redis: token buckets by key, on the real clock. */
abstract class RateLimiterContract {

    abstract RateLimiter limiter();

    /** Keys of their own per run: a Redis outlives the test JVM. */
    private static String key(String name) {
        return "contract:" + name + ":" + UUID.randomUUID();
    }

    @Test
    void aBucketGivesItsBurstThenSaysHowLongToWait() {
        RateLimit threeThenOneEveryTenSeconds = new RateLimit(3, 6);
        String key = key("burst");
        for (int i = 0; i < 3; i++) {
            assertThat(limiter().take(key, threeThenOneEveryTenSeconds)).isEmpty();
        }
        assertThat(limiter().take(key, threeThenOneEveryTenSeconds))
            .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10)));
    }

    @Test
    void lookingTakesNothing() {
        RateLimit oneAnHour = RateLimit.of(1, Duration.ofHours(1));
        String key = key("look");
        assertThat(limiter().waitFor(key, oneAnHour)).isEmpty();
        assertThat(limiter().waitFor(key, oneAnHour)).isEmpty();
        assertThat(limiter().take(key, oneAnHour)).isEmpty();
        assertThat(limiter().waitFor(key, oneAnHour))
            .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60)));
    }

    @Test
    void everyKeyHasItsOwnBucket() {
        RateLimit one = RateLimit.of(1, Duration.ofHours(1));
        String key = key("mine");
        assertThat(limiter().take(key, one)).isEmpty();
        assertThat(limiter().take(key, one)).isPresent();
        assertThat(limiter().take(key("theirs"), one)).isEmpty();
    }

    @Test
    void anEmptyBucketRefills() throws InterruptedException {
        RateLimit onePerSecond = new RateLimit(1, 60);
        String key = key("refill");
        assertThat(limiter().take(key, onePerSecond)).isEmpty();
        assertThat(limiter().take(key, onePerSecond)).isPresent();
        Thread.sleep(1100);
        assertThat(limiter().take(key, onePerSecond)).isEmpty();
    }
}
