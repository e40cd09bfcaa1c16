package io.kefu.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.kefu.platform.RateLimit;
import io.kefu.platform.RateLimiter;

class LocalRateLimiterTests extends RateLimiterContract {

    private final RateLimiter onTheRealClock = new LocalRateLimiter();

    @Override
    RateLimiter limiter() {
        return onTheRealClock;
    }

    @Test
    void tokensRefillContinuouslyAtTheLimitsPace() {
        AtomicLong nanos = new AtomicLong();
        LocalRateLimiter limiter = new LocalRateLimiter(nanos::get);
        RateLimit threeThenOnePerSecond = new RateLimit(3, 60);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).isEmpty();
        }
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).contains(Duration.ofSeconds(1));

        nanos.addAndGet(Duration.ofMillis(400).toNanos());
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).contains(Duration.ofMillis(600));
        nanos.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(limiter.take("1.2.3.4", threeThenOnePerSecond)).isEmpty();
    }
}
