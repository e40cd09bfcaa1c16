package io.kefu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.kefu.platform.Readiness;

/**
 * Two Kefu nodes on the test PostgreSQL ({@code KEFU_TEST_DB_URL}, {@code KEFU_TEST_DB_USER}) and the
 * local Redis, each with its own data directory, as a cluster runs in production.
 */
public final class TwoNodes implements AutoCloseable {

    private final ConfigurableApplicationContext nodeA;
    private final ConfigurableApplicationContext nodeB;

    private TwoNodes(ConfigurableApplicationContext nodeA, ConfigurableApplicationContext nodeB) {
        this.nodeA = nodeA;
        this.nodeB = nodeB;
    }

    /** @param name tells the data directories of one test's nodes from another's */
    public static TwoNodes start(String name) {
        return new TwoNodes(node(name + "-a"), node(name + "-b"));
    }

    public ApiClient a() {
        return client(nodeA);
    }

    public ApiClient b() {
        return client(nodeB);
    }

    @Override
    public void close() {
        nodeA.close();
        nodeB.close();
    }

    private static ConfigurableApplicationContext node(String name) {
        Path dataDirectory = Path.of(ServiceTest.DATA_DIR, name);
        keepTrainedModels(dataDirectory);
        // Arguments, not default properties: they must win over the postgres profile's settings.
        ConfigurableApplicationContext node = new SpringApplicationBuilder(KefuApplication.class).profiles("postgres").run(
                "--server.port=0",
                "--spring.datasource.url=" + env("KEFU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kefu_ci"),
                "--spring.datasource.username=" + env("KEFU_TEST_DB_USER", "postgres"),
                "--kefu.data-dir=" + dataDirectory,
                "--kefu.security.admin-token=" + ServiceTest.ADMIN,
                "--kefu.security.identity-secret=" + ServiceTest.IDENTITY_SECRET,
                "--kefu.privacy.encryption-key=" + ServiceTest.ENCRYPTION_KEY);
        // a load balancer sends customers to a node only once it is ready
        if (!node.getBean(Readiness.class).await(AwaitReadiness.LIMIT)) {
            node.close();
            throw new IllegalStateException("node " + name + " is not ready within " + AwaitReadiness.LIMIT);
        }
        return node;
    }

    /**
     * Gives a node the models the service tests trained, as a node restarted with its data directory
     * kept has them: it starts ready in seconds instead of training for a minute.
     */
    private static void keepTrainedModels(Path dataDirectory) {
        Path trained = Path.of(ServiceTest.DATA_DIR, "nlu", "models");
        if (!Files.isDirectory(trained)) {
            return;
        }
        try (Stream<Path> files = Files.list(trained)) {
            Path models = Files.createDirectories(dataDirectory.resolve("nlu").resolve("models"));
            for (Path model : files.filter(file -> file.toString().endsWith(".model")).toList()) {
                Files.copy(model, models.resolve(model.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static ApiClient client(ConfigurableApplicationContext node) {
        return new ApiClient(((WebServerApplicationContext) node).getWebServer().getPort());
    }
}
