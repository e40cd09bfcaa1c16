package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.platform.JdbcUpsert;

/** Ready-made replies agents pick from, per language and optionally per skill; curated by supervisors. */
@Component
class CannedResponses {

    private final JdbcClient jdbc;

    CannedResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(Canned canned) {
        JdbcUpsert.upsert(jdbc, "canned_responses", "id", Map.of("id", canned.id(), "title", canned.title(), "text", canned.text(),
                "language", canned.language(), "skill", canned.skill() == null ? "" : canned.skill(), "updated_at", OffsetDateTime.now()));
    }

    /** Responses in that language (all when null), those of the skill first. */
    List<Canned> find(String language, String skill) {
        String where = language == null ? "" : " WHERE language = :language";
        var statement = jdbc.sql("SELECT id, title, text, language, skill FROM canned_responses" + where + " ORDER BY id");
        if (language != null) {
            statement = statement.param("language", language);
        }
        List<Canned> all = statement.query((rs, row) -> new Canned(rs.getString("id"), rs.getString("title"), rs.getString("text"),
                rs.getString("language"), rs.getString("skill") == null || rs.getString("skill").isEmpty() ? null : rs.getString("skill")))
            .list();
        return all.stream().sorted((a, b) -> Boolean.compare(skill != null && skill.equals(b.skill()), skill != null && skill.equals(a.skill())))
            .toList();
    }

    record Canned(@NotBlank @Size(max = 128) String id, @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String text,
            @NotBlank @Pattern(regexp = "zh|en") String language, @Size(max = 64) String skill) {
    }
}
