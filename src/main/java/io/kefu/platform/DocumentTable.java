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
 * <p>
 * A table {@link #sealedWith sealed} with a {@link DocumentSeal} keeps its documents encrypted, and
 * the id of the key each was sealed under in its {@code sealed_with} column (null: a document stored
 * in clear before), so {@link #resealNext} finds those a retired key sealed without reading them all.
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
    /** Null for a table kept in clear. */
    private final DocumentSeal seal;

    /**
     * A table kept in clear.
     *
     * @param keyAndIndexedColumns the key column and any indexed columns of a record, by column name
     */
    public DocumentTable(JdbcClient jdbc, JsonMapper json, String table, String keyColumn, Class<T> type,
            Function<T, Map<String, Object>> keyAndIndexedColumns) {
        this(jdbc, json, table, keyColumn, type, keyAndIndexedColumns, null);
    }

    private DocumentTable(JdbcClient jdbc, JsonMapper json, String table, String keyColumn, Class<T> type,
            Function<T, Map<String, Object>> keyAndIndexedColumns, DocumentSeal seal) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.keyColumn = keyColumn;
        this.type = type;
        this.keyAndIndexedColumns = keyAndIndexedColumns;
        this.seal = seal;
    }

    /** The same table with its documents sealed at rest; it needs a {@code sealed_with} column. */
    public DocumentTable<T> sealedWith(DocumentSeal seal) {
        return new DocumentTable<>(jdbc, json, table, keyColumn, type, keyAndIndexedColumns, seal);
    }

    /** Inserts or replaces; run inside a transaction when several records must land together. */
    public void put(T record) {
        Map<String, Object> row = new LinkedHashMap<>(keyAndIndexedColumns.apply(record));
        String body = json.writeValueAsString(record);
        if (seal != null) {
            body = seal.sealDocument(body);
            row.put("sealed_with", seal.currentKeyId());
        }
        row.put("body", body);
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

    /**
     * Reseals up to {@code batch} documents stored in clear or under a retired key with the current
     * key. A document replaced meanwhile is left as its writer stored it.
     *
     * @return how many such documents there were; 0 when all are under the current key
     */
    public int resealNext(int batch) {
        if (seal == null) {
            throw new IllegalStateException(table + " is kept in clear");
        }
        String current = seal.currentKeyId();
        List<Map.Entry<String, String>> stale = jdbc.sql("SELECT " + keyColumn + ", body FROM " + table
                + " WHERE sealed_with IS NULL OR sealed_with <> :current ORDER BY " + keyColumn + " LIMIT :limit")
            .param("current", current).param("limit", batch)
            .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        for (Map.Entry<String, String> row : stale) {
            jdbc.sql("UPDATE " + table + " SET body = :body, sealed_with = :current WHERE " + keyColumn + " = :key AND body = :was")
                .param("body", seal.sealDocument(seal.openDocument(row.getValue()))).param("current", current)
                .param("key", row.getKey()).param("was", row.getValue()).update();
        }
        return stale.size();
    }

    private T read(String body) {
        return json.readValue(seal == null ? body : seal.openDocument(body), type);
    }
}
