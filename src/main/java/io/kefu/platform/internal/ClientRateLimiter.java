package io.kefu.platform.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per client address: bursts up to the per-minute allowance, refilled continuously.
 * Buckets of quiet clients are dropped so that scanning addresses cannot grow the map without bound.
 */
final class ClientRateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    boolean tryAcquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(perMinute, now)).tryTake(now);
    }

    private static final class Bucket {

        private final int capacity;
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized boolean tryTake(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (double) (now - updated) * capacity / MINUTE_NANOS);
            updated = now;
        }
    }
}
