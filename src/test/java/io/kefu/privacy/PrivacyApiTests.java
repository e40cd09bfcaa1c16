package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/** Personal data in customer messages never reaches the database or the log in clear. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyApiTests {

    private static final List<String> CLEAR = List.of("13812345678", "11010519491231002X", "6222021234567894", "alice.wang@example.com");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storedMessagesAndLogsHoldOnlyMaskedValues(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        JsonNode conversation = api.post("/api/v1/conversations", null, Map.of()).json();
        String id = conversation.get("id").asString();
        String text = "我的电话13812345678，身份证11010519491231002X，卡号6222021234567894，邮箱alice.wang@example.com";

        ApiClient.Response turn = api.post("/api/v1/conversations/" + id + "/messages", conversation.get("customerToken").asString(),
                Map.of("text", text));
        assertThat(turn.status()).isEqualTo(200);
        org.slf4j.LoggerFactory.getLogger(PrivacyApiTests.class).info("A careless log line: {}", text);
        org.slf4j.LoggerFactory.getLogger(PrivacyApiTests.class).warn("A failure quoting its input", new IllegalStateException(text));

        List<String> stored = jdbc.sql("SELECT text || ' ' || body || ' ' || COALESCE(analysis, '') FROM messages WHERE conversation_id = :id")
            .param("id", id).query(String.class).list();
        assertThat(String.join("\n", stored)).contains("138****5678").contains("a***@example.com");
        for (String clear : CLEAR) {
            assertThat(stored).noneMatch(row -> row.contains(clear));
            assertThat(output.getAll()).doesNotContain(clear);
        }
        assertThat(output.getAll()).contains("138****5678");
    }
}
