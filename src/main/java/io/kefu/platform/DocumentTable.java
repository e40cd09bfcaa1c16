package io.kefu.platform;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A table of records kept as JSON in a {@code body} column, keyed by one column, with the columns
 * that queries filter on stored beside the document. Records keep exactly the shape the merchant
 * imported, and new optional fields need no migration.
 *
 * @param <T> the record type
 */
public final class DocumentTable<T> {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String table;
    private final String keyColumn;
    private final Class<T> type;
    private final Function<T, Map<String, Object>> keyAndIndexedColumns;

    /**
     * @param keyAndIndexedColumns the key column and any indexed columns of a record, by column name
     */
    public DocumentTable(JdbcClient jdbc, JsonMapper json, String table, String keyColumn, Class<T> type,
            Function<T, Map<String, Object>> keyAndIndexedColumns) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.keyColumn = keyColumn;
        this.type = type;
        this.keyAndIndexedColumns = keyAndIndexedColumns;
    }

    /** Inserts or replaces; run inside a transaction when several records must land together. */
    public void put(T record) {
        Map<String, Object> row = new LinkedHashMap<>(keyAndIndexedColumns.apply(record));
        row.put("body", json.writeValueAsString(record));
        row.put("updated_at", OffsetDateTime.now());
        JdbcUpsert.upsert(jdbc, table, keyColumn, row);
    }

    public Optional<T> find(String key) {
        return jdbc.sql("SELECT body FROM " + table + " WHERE " + keyColumn + " = :key").param("key", key)
            .query(String.class).optional().map(this::read);
    }

    /** Every record whose {@code column} equals {@code value}, ordered by {@code orderBy} (trusted SQL). */
    public List<T> findBy(String column, Object value, String orderBy) {
        return jdbc.sql("SELECT body FROM " + table + " WHERE " + column + " = :value ORDER BY " + orderBy)
            .param("value", value).query(String.class).list().stream().map(this::read).toList();
    }

    public List<T> all() {
        return jdbc.sql("SELECT body FROM " + table + " ORDER BY " + keyColumn).query(String.class).list().stream()
            .map(this::read).toList();
    }

    public List<T> page(Paging paging) {
        return jdbc.sql("SELECT body FROM " + table + " ORDER BY " + keyColumn + " LIMIT :limit OFFSET :offset")
            .param("limit", paging.size()).param("offset", paging.offset())
            .query(String.class).list().stream().map(this::read).toList();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    public boolean delete(String key) {
        return jdbc.sql("DELETE FROM " + table + " WHERE " + keyColumn + " = :key").param("key", key).update() > 0;
    }

    private T read(String body) {
        return json.readValue(body, type);
    }
}
