package io.kefu.platform;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A version counter per kind of data, bumped in the same transaction as the change. Nodes keep
 * derived structures (a catalog snapshot, an index) and rebuild them when the version moved, so a
 * change made through any node is seen by the very next request on every node.
 */
@Component
public class DataVersions {

    private final JdbcClient jdbc;

    DataVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current(String name) {
        return jdbc.sql("SELECT version FROM data_versions WHERE name = :name").param("name", name)
            .query(Long.class).optional().orElse(0L);
    }

    /** Call inside the transaction that changes the data. */
    public void bump(String name) {
        int updated = jdbc.sql("UPDATE data_versions SET version = version + 1 WHERE name = :name").param("name", name).update();
        if (updated == 0) {
            JdbcUpsert.upsert(jdbc, "data_versions", "name", Map.of("name", name, "version", current(name) + 1));
        }
    }
}
