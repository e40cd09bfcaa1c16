package io.kefu;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * An empty database of one test's own, for tests whose subject is the whole store (the demo store
 * seeds only an empty one; store-wide rules would act on other tests' records): an in-memory H2, or
 * on the service-backed run a fresh database on the same PostgreSQL server, which the other tests
 * have not filled.
 */
public final class OwnDatabase {

    private OwnDatabase() {
    }

    /** The JDBC URL of a new, empty database named {@code name} (lower case letters and underscores). */
    public static String fresh(String name) {
        String shared = System.getenv("KEFU_TEST_DB_URL");
        if (shared == null || shared.isBlank()) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
        }
        try (Connection connection = DriverManager.getConnection(shared, System.getenv("KEFU_TEST_DB_USER"),
                Objects.requireNonNullElse(System.getenv("KEFU_TEST_DB_PASSWORD"), ""));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        int at = shared.lastIndexOf('/') + 1;
        int parameters = shared.indexOf('?', at);
        return shared.substring(0, at) + name + (parameters < 0 ? "" : shared.substring(parameters));
    }
}
