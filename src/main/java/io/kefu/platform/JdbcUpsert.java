package io.kefu.platform;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Insert-or-replace of one row keyed by one column, in SQL that H2 and PostgreSQL both run: update
 * first, insert when nothing was there. Run it inside the caller's transaction.
 */
public final class JdbcUpsert {

    private JdbcUpsert() {
    }

    /** {@code row} holds every column including the key; identifiers are trusted constants of the caller. */
    public static void upsert(JdbcClient jdbc, String table, String keyColumn, Map<String, ?> row) {
        String assignments = row.keySet().stream().filter(column -> !column.equals(keyColumn))
            .map(column -> column + " = :" + column).collect(Collectors.joining(", "));
        int updated = jdbc.sql("UPDATE " + table + " SET " + assignments + " WHERE " + keyColumn + " = :" + keyColumn)
            .params(row).update();
        if (updated == 0) {
            String columns = String.join(", ", row.keySet());
            String values = row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
            jdbc.sql("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")").params(row).update();
        }
    }
}
