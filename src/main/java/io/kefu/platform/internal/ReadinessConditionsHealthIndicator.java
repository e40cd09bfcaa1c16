package io.kefu.platform.internal;

import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import io.kefu.platform.Readiness;

/**
 * Reports {@link Readiness} as the health component {@code readinessConditions}: in the root
 * {@code /actuator/health} (every indicator is) and, by {@code application.yml}, in the readiness
 * group, while liveness leaves it out — a node that is still training is alive and must not be
 * restarted. {@code OUT_OF_SERVICE} while a condition is awaited and {@code DOWN} when one failed
 * both answer HTTP 503. The details name each condition (shown to the admin only).
 */
@Component
class ReadinessConditionsHealthIndicator implements HealthIndicator {

    private final Readiness readiness;

    ReadinessConditionsHealthIndicator(Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public Health health() {
        Map<String, Readiness.State> conditions = readiness.conditions();
        Health.Builder health = conditions.containsValue(Readiness.State.FAILED) ? Health.down()
                : conditions.containsValue(Readiness.State.WAITING) ? Health.outOfService() : Health.up();
        conditions.forEach((name, state) -> health.withDetail(name, state.name().toLowerCase()));
        return health.build();
    }
}
