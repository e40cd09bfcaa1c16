package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.kefu.ServiceOnDisk;
import io.kefu.ServiceTest;
import io.kefu.privacy.PersonalRecords.Download;

/**
 * Encryption at rest on PostgreSQL ({@code KEFU_TEST_DB_URL}, run by the services profile): the
 * customers and orders stored through the HTTP API are unreadable in the rows as another client of
 * the database reads them, and the API still returns them in clear.
 */
@EnabledIfEnvironmentVariable(named = "KEFU_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class EncryptionAtRestServiceIT {

    private final String url = System.getenv("KEFU_TEST_DB_URL");
    private final String user = env("KEFU_TEST_DB_USER", "postgres");
    private final String password = env("KEFU_TEST_DB_PASSWORD", "");

    @Test
    void theRawRowsHoldNoPersonalDatumInClear() throws Exception {
        Path dataDir = Path.of(ServiceTest.DATA_DIR, "encryption-postgres-" + System.nanoTime());
        try (ServiceOnDisk node = ServiceOnDisk.start(dataDir, "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--kefu.privacy.encryption-key=" + ServiceTest.ENCRYPTION_KEY)) {
            Download photo = PersonalRecords.store(node.api());

            assertThat(raw("SELECT id FROM customers UNION ALL SELECT order_id FROM orders")).as("the raw check reads the rows just stored")
                .contains(PersonalRecords.FIRST, PersonalRecords.SECOND, PersonalRecords.ORDER);
            assertThat(raw("SELECT body FROM customers UNION ALL SELECT body FROM orders")).allSatisfy(body -> assertThat(body).startsWith("sealed:").doesNotContain(PersonalRecords.CLEAR));
            assertThat(PersonalRecords.foundInClear(dataDir)).as("personal data in clear under the data directory").isEmpty();
            PersonalRecords.assertReadableThrough(node.api(), photo);
        }
    }

    /** A column as another client of the database reads it, past the service. */
    private List<String> raw(String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return JdbcClient.create(new SingleConnectionDataSource(connection, true)).sql(query).query(String.class).list();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
