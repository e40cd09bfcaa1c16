package io.kefu.platform.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.kefu.platform.RateLimiter;

/** The Redis token buckets of a cluster against the real Redis on 127.0.0.1:6379 (profile {@code services}). */
class RedisRateLimiterIT extends RateLimiterContract {

    private static LettuceConnectionFactory connections;
    private static RateLimiter limiter;

    @BeforeAll
    static void connect() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379));
        connections.afterPropertiesSet();
        connections.start();
        limiter = new RedisRateLimiter(new StringRedisTemplate(connections));
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Override
    RateLimiter limiter() {
        return limiter;
    }
}
