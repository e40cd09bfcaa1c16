package io.kefu.platform.internal;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out Spring Boot's Redis auto-configuration unless {@code kefu.cluster.redis=true}: Kefu
 * uses Redis for nothing but what nodes of a cluster share (the fan-out of {@link FanoutConfiguration},
 * the rate limits of {@link RateLimiterConfiguration}), and a single node
 * would otherwise still load the Lettuce client and build its connection factory and templates
 * at every start (about a second on a small machine) only to leave them unused. Registered in
 * {@code META-INF/spring.factories}.
 */
public class RedisOnlyWhenClustered implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String REDIS_AUTO_CONFIGURATION = "org.springframework.boot.data.redis.autoconfigure.";

    private boolean clustered;

    @Override
    public void setEnvironment(Environment environment) {
        clustered = environment.getProperty("kefu.cluster.redis", Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = clustered || candidate == null || !candidate.startsWith(REDIS_AUTO_CONFIGURATION);
        }
        return matches;
    }
}
