package io.kefu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import io.kefu.platform.Readiness;

/**
 * Starts a test class only once its service is ready (models trained or loaded, knowledge index
 * built), as a load balancer sends traffic only then. The first context on a fresh
 * {@code target/test-data} trains the models (under a minute here); the others load them from
 * that shared directory in seconds.
 */
public class AwaitReadiness implements BeforeAllCallback {

    static final Duration LIMIT = Duration.ofMinutes(5);

    @Override
    public void beforeAll(ExtensionContext context) {
        Readiness readiness = SpringExtension.getApplicationContext(context).getBean(Readiness.class);
        assertThat(readiness.await(LIMIT)).as("the service is ready within %s: %s", LIMIT, readiness.conditions()).isTrue();
    }
}
