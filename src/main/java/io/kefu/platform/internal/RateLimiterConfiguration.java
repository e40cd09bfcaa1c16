package io.kefu.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.kefu.platform.RateLimiter;

/** Chooses the {@link RateLimiter}: Redis when {@code kefu.cluster.redis=true}, else in process. */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    @Bean
    @ConditionalOnProperty(name = "kefu.cluster.redis", havingValue = "true")
    RateLimiter redisRateLimiter(StringRedisTemplate redis) {
        return new RedisRateLimiter(redis);
    }

    @Bean
    @ConditionalOnProperty(name = "kefu.cluster.redis", havingValue = "false", matchIfMissing = true)
    RateLimiter localRateLimiter() {
        return new LocalRateLimiter();
    }
}
