package io.kefu.agentdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agents table. */
@Repository
class Agents {

    private static final String COLUMNS = "username, password_hash, display_name, role, skills, languages, max_concurrent, status, last_seen";

    private final JdbcClient jdbc;

    Agents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates an agent; a new agent starts offline, an update keeps the agent's presence. */
    void put(Agent agent) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("username", agent.username());
        row.put("password_hash", agent.passwordHash());
        row.put("display_name", agent.displayName());
        row.put("role", agent.role());
        row.put("skills", String.join(",", agent.skills()));
        row.put("languages", String.join(",", agent.languages()));
        row.put("max_concurrent", agent.maxConcurrent());
        row.put("updated_at", OffsetDateTime.now());
        int updated = jdbc.sql("""
                UPDATE agents SET password_hash = :password_hash, display_name = :display_name, role = :role, skills = :skills,
                    languages = :languages, max_concurrent = :max_concurrent, updated_at = :updated_at WHERE username = :username""")
            .params(row).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO agents (username, password_hash, display_name, role, skills, languages, max_concurrent, status, updated_at)
                    VALUES (:username, :password_hash, :display_name, :role, :skills, :languages, :max_concurrent, 'OFFLINE', :updated_at)""")
                .params(row).update();
        }
    }

    Optional<Agent> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agents WHERE username = :username").param("username", username)
            .query(Agents::map).optional();
    }

    /** Locks the agent's row until the transaction ends: assignments to one agent are taken one at a time. */
    Optional<Agent> lock(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agents WHERE username = :username FOR UPDATE").param("username", username)
            .query(Agents::map).optional();
    }

    List<Agent> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agents ORDER BY username").query(Agents::map).list();
    }

    List<Agent> online() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agents WHERE status = 'ONLINE' ORDER BY username").query(Agents::map).list();
    }

    void setStatus(String username, String status, OffsetDateTime now) {
        jdbc.sql("UPDATE agents SET status = :status, last_seen = :now WHERE username = :username")
            .param("status", status).param("now", now).param("username", username).update();
    }

    void seen(String username, OffsetDateTime now) {
        jdbc.sql("UPDATE agents SET last_seen = :now WHERE username = :username").param("now", now).param("username", username).update();
    }

    /** Sets offline every online or away agent not heard from since {@code before}; returns who. */
    List<String> offlineIfSilentSince(OffsetDateTime before) {
        List<String> silent = jdbc.sql("SELECT username FROM agents WHERE status <> 'OFFLINE' AND (last_seen IS NULL OR last_seen < :before)")
            .param("before", before).query(String.class).list();
        silent.forEach(username -> jdbc.sql("""
                UPDATE agents SET status = 'OFFLINE' WHERE username = :username AND status <> 'OFFLINE'
                    AND (last_seen IS NULL OR last_seen < :before)""")
            .param("username", username).param("before", before).update());
        return silent;
    }

    private static Agent map(ResultSet rs, int row) throws SQLException {
        return new Agent(rs.getString("username"), rs.getString("password_hash"), rs.getString("display_name"), rs.getString("role"),
                split(rs.getString("skills")), split(rs.getString("languages")), rs.getInt("max_concurrent"), rs.getString("status"),
                rs.getObject("last_seen", OffsetDateTime.class));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    }
}
