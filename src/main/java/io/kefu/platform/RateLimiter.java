package io.kefu.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets by key (a conversation, a client address, a username), each with the
 * {@link RateLimit} it is asked with. In process on a single node; in Redis when several nodes
 * share the load ({@code kefu.cluster.redis=true}), so that a client cannot multiply its allowance
 * by the number of nodes behind the load balancer.
 */
public interface RateLimiter {

    /** Takes a permit; empty when there was one, else how long until there is. Never null. */
    Optional<Duration> take(String key, RateLimit limit);

    /** How long until the bucket has a permit, without taking one; empty when it has one now. */
    Optional<Duration> waitFor(String key, RateLimit limit);

    /** {@link #take} that answers 429 with {@code Retry-After} when the bucket is empty. */
    default void takeOrRefuse(String key, RateLimit limit, String detail) {
        take(key, limit).ifPresent(wait -> {
            throw Problem.tooManyRequests(detail, wait);
        });
    }
}
