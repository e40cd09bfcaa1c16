package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;
import io.kefu.privacy.internal.RetentionJob;

/**
 * Records go once their retention period is over (defaults: attachments 90 days, analyses and
 * transcripts 365), as seen from a moved clock. A database of its own: moving the clock a year on
 * expires every other test's conversations too.
 */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:kefu-retention;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
class RetentionApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionJob retention;

    @Test
    void attachmentsGoAfterTheirPeriodAnalysesAfterTheirsAndTranscriptsAfterTheirs() {
        ApiClient api = new ApiClient(port);
        Chat chat = Shopper.imported(api, "DELIVERED").converse(api);
        Instant now = Instant.now();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversations").query(Long.class).single()).as("a database of its own").isEqualTo(1);

        retention.sweep(now.plus(Duration.ofDays(30)));
        assertThat(count("attachments", chat.id())).as("kept within 90 days").isEqualTo(1);

        retention.sweep(now.plus(Duration.ofDays(91)));
        assertThat(count("attachments", chat.id())).as("gone after 90 days").isZero();
        assertThat(api.get(chat.path(""), chat.token()).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM messages WHERE conversation_id = :id AND analysis IS NOT NULL").param("id", chat.id())
            .query(Long.class).single()).as("analyses kept within 365 days").isPositive();

        retention.sweep(now.plus(Duration.ofDays(366)));
        assertThat(count("messages", chat.id())).as("transcript gone after 365 days").isZero();
        assertThat(api.get(chat.path(""), chat.token()).status()).isIn(401, 404);
    }

    private long count(String table, String conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE conversation_id = :id").param("id", conversationId).query(Long.class)
            .single();
    }
}
