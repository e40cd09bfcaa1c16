package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Nothing the service acknowledged is lost when its process dies: under write load from several
 * clients the service is killed with SIGKILL (no shutdown, no flush), started again on the same
 * data, and asked for every conversation (201), message (200) and product upsert (200) it had
 * confirmed. On the embedded H2 database and on PostgreSQL.
 */
class AcknowledgedWritesSurviveCrashIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration LOAD = Duration.ofSeconds(6);
    private static final int MESSAGES = 40;
    private static final int CUSTOMERS = 6;
    private static final int MERCHANT_SYSTEMS = 2;

    @Test
    void onTheEmbeddedDatabase() throws Exception {
        crashUnderLoadAndCount("h2", List.of());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "KEFU_TEST_DB_URL", matches = "jdbc:postgresql:.+")
    void onPostgresql() throws Exception {
        String server = System.getenv("KEFU_TEST_DB_URL");
        String user = env("KEFU_TEST_DB_USER", "postgres");
        String password = env("KEFU_TEST_DB_PASSWORD", "");
        // a database of its own on the test server, created and dropped from the maintenance database
        String database = "kefu_crash_" + UUID.randomUUID().toString().substring(0, 8);
        String maintenance = onDatabase(server, "postgres");
        execute(maintenance, user, password, "CREATE DATABASE " + database);
        try {
            crashUnderLoadAndCount("postgresql", List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + onDatabase(server, database), "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password));
        }
        finally {
            execute(maintenance, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void crashUnderLoadAndCount(String name, List<String> settings) throws Exception {
        Path dataDir = Path.of("target", "crash", name + "-" + System.currentTimeMillis());
        Files.createDirectories(dataDir);
        KefuProcess service = KefuProcess.on(dataDir, settings);
        try {
            service.start(START);
            WriteLoad load = new WriteLoad(service.client(), KefuProcess.ADMIN).warmUp(START).start(CUSTOMERS, MERCHANT_SYSTEMS);
            load.runFor(LOAD, MESSAGES, LOAD.multipliedBy(5));
            // killed mid-load: requests are in flight and writes were acknowledged moments ago
            service.kill();
            load.stop();
            WriteLoad.Counts acknowledged = load.acknowledged();

            service.start(START);
            WriteLoad.Counts missing = load.missingAfterRestart(service.client());
            System.out.printf(Locale.ROOT,
                    "Crash test on %s: acknowledged / present after kill -9 and restart: conversations %d / %d, messages %d / %d, "
                            + "product upserts %d / %d%n",
                    name, acknowledged.conversations(), acknowledged.conversations() - missing.conversations(), acknowledged.messages(),
                    acknowledged.messages() - missing.messages(), acknowledged.products(), acknowledged.products() - missing.products());
            assertThat(acknowledged.conversations()).as("conversations opened under load").isPositive();
            assertThat(acknowledged.messages()).as("messages answered under load").isPositive();
            assertThat(acknowledged.products()).as("products upserted under load").isPositive();
            assertThat(missing).as("acknowledged writes missing after the restart").isEqualTo(new WriteLoad.Counts(0, 0, 0));
        }
        finally {
            service.stop();
        }
    }

    /** The JDBC URL with another database name: {@code jdbc:postgresql://host:port/name?params}. */
    private static String onDatabase(String url, String database) {
        return url.replaceFirst("^(jdbc:postgresql://[^/?]+)(/[^?]*)?", "$1/" + database);
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
