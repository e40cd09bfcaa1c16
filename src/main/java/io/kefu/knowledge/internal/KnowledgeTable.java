package io.kefu.knowledge.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.knowledge.EntryVersion;
import io.kefu.knowledge.FaqEntry;
import io.kefu.platform.DocumentTable;
import io.kefu.platform.Paging;
import tools.jackson.databind.json.JsonMapper;

/**
 * FAQ entries with their version history: every change writes a new version (who, when, what) to
 * {@code knowledge_versions}, and the current one to {@code knowledge_entries}. Versions keep
 * counting across delete and re-create, so an {@code id@vN} cited to a customer stays unique.
 */
@Component
public class KnowledgeTable {

    public static final String DATA_VERSION = "KNOWLEDGE";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DocumentTable<FaqEntry> entries;

    KnowledgeTable(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.entries = new DocumentTable<>(jdbc, json, "knowledge_entries", "id", FaqEntry.class,
                entry -> Map.of("id", entry.id(), "language", entry.language(), "status", entry.status(),
                        "version", latestVersion(entry.id()) + 1));
    }

    /**
     * Stores the entry as a new version unless it equals the current one; returns the version now
     * current. Run inside the caller's transaction.
     */
    public int put(FaqEntry entry, String change, String actor) {
        Optional<FaqEntry> current = find(entry.id());
        if (current.isPresent() && current.get().equals(entry)) {
            return version(entry.id());
        }
        String kind = change != null ? change : current.isPresent() ? "UPDATED" : "CREATED";
        entries.put(entry);
        int version = version(entry.id());
        record(entry.id(), version, kind, actor, json.writeValueAsString(entry));
        return version;
    }

    /** Deletes the entry, keeping its history; false when there was no such entry. */
    public boolean delete(String id, String actor) {
        if (!entries.delete(id)) {
            return false;
        }
        record(id, latestVersion(id) + 1, "DELETED", actor, null);
        return true;
    }

    private void record(String id, int version, String change, String actor, String body) {
        jdbc.sql("INSERT INTO knowledge_versions (entry_id, version, change, changed_by, changed_at, body) "
                + "VALUES (:id, :version, :change, :actor, :at, :body)")
            .param("id", id).param("version", version).param("change", change)
            .param("actor", Objects.requireNonNullElse(actor, "system")).param("at", OffsetDateTime.now()).param("body", body)
            .update();
    }

    private int latestVersion(String id) {
        Integer history = jdbc.sql("SELECT MAX(version) FROM knowledge_versions WHERE entry_id = :id").param("id", id)
            .query(Integer.class).optional().orElse(null);
        return Math.max(history == null ? 0 : history, version(id));
    }

    public Optional<FaqEntry> find(String id) {
        return entries.find(id);
    }

    /** The current version of the entry, 0 when it does not exist. */
    public int version(String id) {
        return jdbc.sql("SELECT version FROM knowledge_entries WHERE id = :id").param("id", id).query(Integer.class)
            .optional().orElse(0);
    }

    /** Every published entry with its current version. */
    public List<Versioned> published() {
        return jdbc.sql("SELECT body, version FROM knowledge_entries WHERE status = 'PUBLISHED' ORDER BY id")
            .query((rs, i) -> new Versioned(json.readValue(rs.getString("body"), FaqEntry.class), rs.getInt("version")))
            .list();
    }

    /** The entry's history, newest first. */
    public List<EntryVersion> history(String id) {
        return jdbc.sql("SELECT entry_id, version, change, changed_by, changed_at, body FROM knowledge_versions "
                + "WHERE entry_id = :id ORDER BY version DESC")
            .param("id", id)
            .query((rs, i) -> new EntryVersion(rs.getString("entry_id"), rs.getInt("version"), rs.getString("change"),
                    rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class),
                    rs.getString("body") == null ? null : json.readValue(rs.getString("body"), FaqEntry.class)))
            .list();
    }

    public List<FaqEntry> page(Paging paging) {
        return entries.page(paging);
    }

    public long count() {
        return entries.count();
    }

    /** An entry and its version. */
    public record Versioned(FaqEntry entry, int version) {
    }
}
