package io.kefu.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import io.kefu.platform.RateLimit;
import io.kefu.platform.RateLimiter;

/**
 * Token buckets in Redis, shared by every node of a cluster: each check is one atomic script
 * ({@code platform/token-bucket.lua}) that refills by Redis's own clock, so nodes whose clocks
 * differ still agree. Should Redis be unreachable, requests are let through (with a warning):
 * limits guard against abuse, and an outage of theirs must not take the service down with it.
 */
final class RedisRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final String PREFIX = "kefu:rate:";
    /*
     * The script's text, read once: a script made from the resource asks the resource on every
     * call whether it changed, which inside the executable jar takes the jar file's lock on every
     * request; with virtual threads that lock was found held by a virtual thread waiting for a
     * carrier while both carriers waited for the lock (the node hung).
     */
    private static final RedisScript<Long> TOKEN_BUCKET = RedisScript.of(scriptText(), Long.class);

    private final StringRedisTemplate redis;

    RedisRateLimiter(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Duration> take(String key, RateLimit limit) {
        return run(key, limit, true);
    }

    @Override
    public Optional<Duration> waitFor(String key, RateLimit limit) {
        return run(key, limit, false);
    }

    private static String scriptText() {
        try {
            return new ClassPathResource("platform/token-bucket.lua").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("platform/token-bucket.lua is missing from the build", e);
        }
    }

    private Optional<Duration> run(String key, RateLimit limit, boolean take) {
        try {
            Long waitMillis = redis.execute(TOKEN_BUCKET, List.of(PREFIX + key), Integer.toString(limit.burst()),
                    Double.toString(limit.perMilli()), take ? "1" : "0");
            return waitMillis == null || waitMillis <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis));
        }
        catch (DataAccessException e) {
            log.warn("Rate limit {} not checked: Redis is unreachable ({})", key, e.getMessage());
            return Optional.empty();
        }
    }
}
