package io.kefu.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientRateLimiterTests {

    @Test
    void allowsTheAllowanceThenRefusesUntilTokensRefill() {
        ClientRateLimiter limiter = new ClientRateLimiter(3);
        assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
        assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
        assertThat(limiter.tryAcquire("1.2.3.4")).isTrue();
        assertThat(limiter.tryAcquire("1.2.3.4")).isFalse();
        assertThat(limiter.tryAcquire("5.6.7.8")).as("other clients have their own allowance").isTrue();
    }
}
