package io.kefu.evaluation.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Kefu service started inside this JVM for a measurement: an empty in-memory store, its models
 * and indexes kept under the given data directory (so a second run loads what the first trained),
 * a random port and a random admin token. Closing it stops the service.
 */
public final class InProcessKefu implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(5);

    private final ConfigurableApplicationContext context;
    private final KefuHttp http;

    private InProcessKefu(ConfigurableApplicationContext context, KefuHttp http) {
        this.context = context;
        this.http = http;
    }

    /** @param more further settings as command-line arguments; they win over those set here */
    public static InProcessKefu start(Class<?> application, Path dataDirectory, String... more) {
        String admin = "eval-" + UUID.randomUUID();
        // as command-line arguments, so they win over application.yml and the environment
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--kefu.data-dir=" + dataDirectory.toAbsolutePath(),
                "--kefu.demo=false",
                "--spring.profiles.active=",
                "--kefu.cluster.redis=false",
                "--kefu.security.admin-token=" + admin,
                "--kefu.security.conversations-per-minute-per-client=1000000",
                "--kefu.security.message-burst-per-conversation=1000000",
                "--spring.datasource.url=jdbc:h2:mem:kefu-eval-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--logging.level.root=WARN",
                "--logging.level.io.kefu=WARN"));
        arguments.addAll(java.util.List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application).logStartupInfo(false).run(arguments.toArray(String[]::new));
        String port = context.getEnvironment().getProperty("local.server.port");
        return new InProcessKefu(context, new KefuHttp("http://localhost:" + port, admin));
    }

    public KefuHttp http() {
        return http;
    }

    /** Waits until the service reports itself ready to serve customers at full quality. */
    public static void awaitReady(KefuHttp service) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (service.get("/actuator/health/readiness", null).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not become ready within " + READY_WITHIN);
            }
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
