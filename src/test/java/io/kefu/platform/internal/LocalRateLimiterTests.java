package io.kefu.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.kefu.platform.RateLimit;

class LocalRateLimiterTests {

    private final AtomicLong nanos = new AtomicLong();
    private final LocalRateLimiter limiter = new LocalRateLimiter(nanos::get);

    @Test
    void allowsTheBurstThenRefusesUntilAPermitRefills() {
        RateLimit threeThenOnePerSecond = new RateLimit(3, 60);
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).isEmpty();
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).isEmpty();
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).isEmpty();
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).contains(Duration.ofSeconds(1));
        assertThat(limiter.take("5.6.7.8", threeThenOnePerSecond)).as("other keys have their own bucket").isEmpty();

        nanos.addAndGet(Duration.ofMillis(400).toNanos());
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).contains(Duration.ofMillis(600));
        nanos.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).isEmpty();
    }

    @Test
    void waitingForAPermitTakesNone() {
        RateLimit one = RateLimit.of(1, Duration.ofHours(1));
        assertThat(limiter.waitFor("user", one)).isEmpty();
        assertThat(limiter.waitFor("user", one)).isEmpty();
        assertThat(limiter.take("user", one)).isEmpty();
        assertThat(limiter.waitFor("user", one))
            .hasValueSatisfying(wait -> assertThat(wait).isCloseTo(Duration.ofHours(1), Duration.ofMillis(1)));
    }
}
