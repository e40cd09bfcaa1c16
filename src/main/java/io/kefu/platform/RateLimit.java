package io.kefu.platform;

import java.time.Duration;

/**
 * A token bucket's size and pace: up to {@code burst} requests at once, then {@code perMinute} a
 * minute as the bucket refills.
 */
public record RateLimit(int burst, double perMinute) {

    public RateLimit {
        if (burst < 1 || perMinute <= 0) {
            throw new IllegalArgumentException("A rate limit needs a burst of at least 1 and a positive rate");
        }
    }

    /** {@code count} requests at once and {@code count} per {@code period} after that. */
    public static RateLimit of(int count, Duration period) {
        return new RateLimit(count, count * 60_000.0 / period.toMillis());
    }

    /** Permits added per millisecond. */
    public double perMilli() {
        return perMinute / 60_000.0;
    }
}
