package io.kefu.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.knowledge.FaqEntry;
import io.kefu.platform.DocumentTable;
import io.kefu.platform.Paging;
import tools.jackson.databind.json.JsonMapper;

/** FAQ entries with a version number that grows with every change of an entry. */
@Component
public class KnowledgeTable {

    public static final String DATA_VERSION = "KNOWLEDGE";

    private final JdbcClient jdbc;
    private final DocumentTable<FaqEntry> entries;

    KnowledgeTable(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.entries = new DocumentTable<>(jdbc, json, "knowledge_entries", "id", FaqEntry.class,
                entry -> Map.of("id", entry.id(), "language", entry.language(), "status", entry.status(),
                        "version", nextVersion(jdbc, entry.id())));
    }

    private static int nextVersion(JdbcClient jdbc, String id) {
        return jdbc.sql("SELECT version FROM knowledge_entries WHERE id = :id").param("id", id).query(Integer.class)
            .optional().orElse(0) + 1;
    }

    public void put(FaqEntry entry) {
        entries.put(entry);
    }

    public Optional<FaqEntry> find(String id) {
        return entries.find(id);
    }

    public int version(String id) {
        return jdbc.sql("SELECT version FROM knowledge_entries WHERE id = :id").param("id", id).query(Integer.class)
            .optional().orElse(0);
    }

    public List<Versioned> published() {
        return jdbc.sql("SELECT body, version FROM knowledge_entries WHERE status = 'PUBLISHED' ORDER BY id")
            .query((rs, i) -> new Versioned(rs.getString("body"), rs.getInt("version"))).list();
    }

    public List<FaqEntry> page(Paging paging) {
        return entries.page(paging);
    }

    public long count() {
        return entries.count();
    }

    /** A stored entry body and its version, parsed lazily by the caller. */
    public record Versioned(String body, int version) {
    }
}
