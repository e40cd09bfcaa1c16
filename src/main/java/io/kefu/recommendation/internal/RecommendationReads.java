package io.kefu.recommendation.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;

/**
 * Who read a customer's personal recommendations, and when: they are built from the customer's
 * purchases and conversations, so reading them is an access to personal data. The trail is part of
 * the customer's export; after an erasure it keeps that staff read, under a pseudonym.
 */
@Repository
class RecommendationReads implements PersonalDataHolder {

    private final JdbcClient jdbc;

    RecommendationReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String customerId, String staff, boolean personal, OffsetDateTime at) {
        jdbc.sql("INSERT INTO recommendation_reads (read_at, customer_id, staff, personal) VALUES (:at, :customerId, :staff, :personal)")
            .param("at", at).param("customerId", customerId).param("staff", staff).param("personal", personal).update();
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        return Map.of("recommendationReads", jdbc.sql("""
                SELECT read_at, staff, personal FROM recommendation_reads WHERE customer_id = :id ORDER BY id""")
            .param("id", subject.customerId()).query((rs, row) -> {
                Map<String, Object> read = new LinkedHashMap<>();
                read.put("time", rs.getObject("read_at", OffsetDateTime.class));
                read.put("staff", rs.getString("staff"));
                read.put("personalised", rs.getBoolean("personal"));
                return read;
            }).list());
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("UPDATE recommendation_reads SET customer_id = :pseudonym WHERE customer_id = :id").param("id", subject.customerId())
            .param("pseudonym", subject.pseudonym()).update();
    }
}
