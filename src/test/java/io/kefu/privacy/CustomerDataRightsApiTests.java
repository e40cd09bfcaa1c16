package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * A customer's rights over their data through the API (§6): the export holds everything, AI
 * messages labelled; after erasure nothing returns their name, phone, e-mail or address, and no
 * table holds them.
 */
@ServiceTest
class CustomerDataRightsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportHoldsProfileOrdersConversationsRatingsAttachmentsAndStaffAccessWithAiMessagesLabelled() {
        ApiClient api = new ApiClient(port);
        Shopper shopper = Shopper.imported(api, "DELIVERED");
        Chat chat = shopper.converse(api);
        assertThat(api.put(chat.path("/preferences"), chat.token(), java.util.Map.of("personalisedRecommendations", false)).status())
            .isEqualTo(200);
        Shopper.handOver(api, chat, "您好，我来帮您看看");

        ApiClient.Response response = api.get("/api/v1/customers/" + shopper.id() + "/export", ServiceTest.ADMIN);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode export = response.json();
        assertThat(export.get("customerId").asString()).isEqualTo(shopper.id());
        assertThat(export.get("profile").get("name").asString()).isEqualTo(shopper.name());
        assertThat(export.get("profile").get("email").asString()).isEqualTo(shopper.email());
        assertThat(export.get("orders").get(0).get("orderId").asString()).isEqualTo(shopper.orderId());
        assertThat(export.get("orders").get(0).get("address").asString()).isEqualTo(shopper.address());

        JsonNode conversation = export.get("conversations").get(0);
        assertThat(conversation.get("id").asString()).isEqualTo(chat.id());
        assertThat(conversation.get("rating").get("score").asInt()).isEqualTo(4);
        assertThat(conversation.get("attachments").get(0).get("contentType").asString()).isEqualTo("image/png");
        List<JsonNode> messages = new ArrayList<>();
        conversation.get("messages").forEach(messages::add);
        assertThat(messages).anySatisfy(message -> assertThat(message.get("text").asString()).contains("这是照片"));
        for (JsonNode message : messages) {
            String role = message.get("role").asString();
            boolean machine = "bot".equals(role) || "system".equals(role);
            assertThat(message.get("aiGenerated").asBoolean()).as(message.toString()).isEqualTo(machine);
            if (machine) {
                JsonNode label = message.get("aigc");
                assertThat(label.get("provider").asString()).as(message.toString()).isNotBlank();
                assertThat(label.get("model").asString()).isNotBlank();
                assertThat(label.get("contentId").asString()).isEqualTo(message.get("id").asString());
            }
            else {
                assertThat(message.has("aigc")).as(message.toString()).isFalse();
            }
        }
        assertThat(messages).anyMatch(message -> "bot".equals(message.get("role").asString()));
        assertThat(messages).anyMatch(message -> "agent".equals(message.get("role").asString()));

        List<String> staff = new ArrayList<>();
        export.get("staffAccess").forEach(access -> staff.add(access.get("staff").asString() + ":" + access.get("action").asString()));
        assertThat(staff).contains("rights-lead:accept").anyMatch(entry -> entry.startsWith("rights-lead:message"));
        assertThat(export.get("handoffs").get(0).get("conversationId").asString()).isEqualTo(chat.id());
        assertThat(export.get("consents").toString()).contains("false");
    }

    @Test
    void anUnknownCustomerHasNoExportAndNothingToErase() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/customers/nobody-at-all/export", ServiceTest.ADMIN).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/customers/nobody-at-all", ServiceTest.ADMIN).status()).isEqualTo(404);
    }

    @Test
    void onlyTheAdminExportsOrErases() {
        ApiClient api = new ApiClient(port);
        Shopper shopper = Shopper.imported(api, "DELIVERED");
        Chat chat = Chat.of(api, shopper.id(), "zh");
        assertThat(api.get("/api/v1/customers/" + shopper.id() + "/export", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/customers/" + shopper.id() + "/export", chat.token()).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/customers/" + shopper.id(), chat.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/customers/" + shopper.id(), ServiceTest.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void afterErasureNoApiAndNoTableHoldsTheirNamePhoneEmailOrAddress() {
        ApiClient api = new ApiClient(port);
        Shopper shopper = Shopper.imported(api, "DELIVERED");
        Chat chat = shopper.converse(api);
        String agent = Shopper.handOver(api, chat, "好的" + shopper.name() + "，您的地址" + shopper.address() + "已确认");
        List<String> before = new ArrayList<>();
        shopper.personalValues().forEach(value -> before.addAll(tablesMentioning(value)));
        assertThat(tablesMentioning(shopper.name())).as("the scan sees what the conversation stored").isNotEmpty();

        ApiClient.Response erased = api.delete("/api/v1/customers/" + shopper.id(), ServiceTest.ADMIN);
        assertThat(erased.status()).as(erased.text()).isEqualTo(204);

        assertThat(api.get("/api/v1/customers/" + shopper.id(), ServiceTest.ADMIN).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + shopper.id() + "/export", ServiceTest.ADMIN).status()).isEqualTo(404);
        List<String> shown = new ArrayList<>();
        shown.add(api.get("/api/v1/customers?size=1000", ServiceTest.ADMIN).text());
        shown.add(api.get("/api/v1/orders?size=1000", ServiceTest.ADMIN).text());
        shown.add(api.get(chat.path(""), chat.token()).text());
        shown.add(api.get(chat.path("/messages"), chat.token()).text());
        shown.add(api.get(chat.path(""), agent).text());
        shown.add(api.get("/api/v1/agent/conversations/" + chat.id() + "/card", agent).text());
        shown.add(api.get("/api/v1/supervisor/conversations", agent).text());
        shown.add(api.get("/api/v1/knowledge/unanswered", ServiceTest.ADMIN).text());
        shown.add(api.get("/api/v1/knowledge/candidates", ServiceTest.ADMIN).text());
        shown.add(api.get("/api/v1/analytics/summary", ServiceTest.ADMIN).text());
        shown.add(api.get("/api/v1/privacy/requests", ServiceTest.ADMIN).text());
        List<String> after = new ArrayList<>();
        shopper.personalValues().forEach(value -> after.addAll(tablesMentioning(value)));
        System.out.printf("Erasure: %d personal values searched in %d text columns and %d API responses: %d places held them before, %d after%n",
                shopper.personalValues().size(), textColumns().size(), shown.size(), before.size(),
                after.size() + shopper.personalValues().stream().filter(value -> shown.stream().anyMatch(text -> text.contains(value))).count());
        for (String value : shopper.personalValues()) {
            assertThat(shown).as(value).noneMatch(text -> text.contains(value));
            assertThat(tablesMentioning(value)).as(value).isEmpty();
        }
        assertThat(shown.get(2)).as("the transcript is kept, anonymised").contains("这是照片").contains("[已删除 erased]");
        assertThat(api.get(chat.path("/attachments/" + "x"), chat.token()).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachments WHERE conversation_id = :id").param("id", chat.id()).query(Long.class).single())
            .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM messages WHERE conversation_id = :id AND analysis IS NOT NULL").param("id", chat.id())
            .query(Long.class).single()).as("analyses purged").isZero();
        assertThat(jdbc.sql("SELECT dialogue_state FROM conversations WHERE id = :id").param("id", chat.id()).query(String.class).optional())
            .as("dialogue state purged").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE customer_id = :id").param("id", shopper.id()).query(Long.class).single())
            .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'erasure' AND customer_id LIKE 'erased:%'").query(Long.class).single())
            .as("the audit trail keeps that an erasure happened").isPositive();
    }

    /** Every text column of Kefu's own tables, on H2 and PostgreSQL alike. */
    private List<String[]> textColumns() {
        return jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE LOWER(table_schema) = 'public' AND (LOWER(data_type) LIKE '%char%' OR LOWER(data_type) = 'text')""")
            .query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) }).list();
    }

    /** Every table and column whose text holds the value, read as text row by row. */
    private List<String> tablesMentioning(String value) {
        List<String> found = new ArrayList<>();
        for (String[] column : textColumns()) {
            long rows = jdbc.sql("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " LIKE :value")
                .param("value", "%" + value + "%").query(Long.class).single();
            if (rows > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }
}
