package io.kefu.platform.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import io.kefu.platform.RateLimit;
import io.kefu.platform.RateLimiter;

/**
 * Token buckets in this process, for a single node. Full buckets are dropped once many are
 * tracked, so that scanning addresses or opening conversations cannot grow the map without bound.
 */
final class LocalRateLimiter implements RateLimiter {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    LocalRateLimiter() {
        this(System::nanoTime);
    }

    LocalRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<Duration> take(String key, RateLimit limit) {
        return bucket(key, limit).take(now(), true);
    }

    @Override
    public Optional<Duration> waitFor(String key, RateLimit limit) {
        return bucket(key, limit).take(now(), false);
    }

    private Bucket bucket(String key, RateLimit limit) {
        if (buckets.size() > MAX_TRACKED_KEYS) {
            double now = now();
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(limit, now()));
    }

    private double now() {
        return nanoTime.getAsLong() / 1_000_000.0;
    }

    /** One key's bucket; a key is always asked with the same limit. */
    private static final class Bucket {

        private final RateLimit limit;
        private double tokens;
        private double updatedMillis;

        Bucket(RateLimit limit, double now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updatedMillis = now;
        }

        synchronized Optional<Duration> take(double now, boolean take) {
            refill(now);
            if (tokens < 1) {
                return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / limit.perMilli())));
            }
            if (take) {
                tokens -= 1;
            }
            return Optional.empty();
        }

        synchronized boolean isFull(double now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(double now) {
            tokens = Math.min(limit.burst(), tokens + Math.max(0, now - updatedMillis) * limit.perMilli());
            updatedMillis = Math.max(updatedMillis, now);
        }
    }
}
