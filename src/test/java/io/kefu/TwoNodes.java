package io.kefu;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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
        // Arguments, not default properties: they must win over the postgres profile's settings.
        return new SpringApplicationBuilder(KefuApplication.class).profiles("postgres").run(
                "--server.port=0",
                "--spring.datasource.url=" + env("KEFU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kefu_ci"),
                "--spring.datasource.username=" + env("KEFU_TEST_DB_USER", "postgres"),
                "--kefu.data-dir=target/test-data/" + name,
                "--kefu.security.admin-token=" + ServiceTest.ADMIN,
                "--kefu.security.identity-secret=" + ServiceTest.IDENTITY_SECRET);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static ApiClient client(ConfigurableApplicationContext node) {
        return new ApiClient(((WebServerApplicationContext) node).getWebServer().getPort());
    }
}
