package io.kefu.nlu.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intent examples merchants added, in table {@code nlu_examples}. Thread-safe.
 */
public class MerchantExamples {

    private final JdbcClient jdbc;

    public MerchantExamples(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IntentExample> all() {
        return jdbc.sql("SELECT text, intent, language FROM nlu_examples ORDER BY id")
                .query((rs, row) -> new IntentExample(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Inserts new texts and changes the intent of known ones, all or nothing. */
    @Transactional
    public int upsert(List<IntentExample> examples) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (IntentExample example : examples) {
            int updated = jdbc.sql("UPDATE nlu_examples SET intent = ?, updated_at = ? WHERE language = ? AND text = ?")
                    .params(example.intent(), now, example.language(), example.text())
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO nlu_examples (text, intent, language, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                        .params(example.text(), example.intent(), example.language(), now, now)
                        .update();
            }
        }
        return examples.size();
    }
}
