package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * A shopper of their own, with a profile, an order and a conversation that holds everything a
 * transcript can (their name and address typed, a photo, a rating, an agent's messages), for the
 * tests of export and erasure.
 */
record Shopper(String id, String name, String phone, String email, String address, String orderId) {

    static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /** A new shopper in the store, their order in the given status. */
    static Shopper imported(ApiClient api, String orderStatus) {
        String suffix = Long.toString(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 89_999_999L) + 10_000_000L);
        Shopper shopper = new Shopper("erin-" + suffix, "林晓雯" + suffix.substring(0, 3), "135" + suffix, "erin" + suffix + "@example.com",
                "杭州市西湖区文三路" + suffix.substring(0, 3) + "号6幢", "EX" + suffix);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        put(api, "/api/v1/customers", List.of(Map.of("id", shopper.id, "name", shopper.name, "phone", shopper.phone, "email", shopper.email,
                "vip", false, "tags", List.of())));
        put(api, "/api/v1/orders", List.of(Map.of("orderId", shopper.orderId, "customerId", shopper.id, "status", orderStatus,
                "items", List.of(Map.of("sku", "ANY-1", "quantity", 1, "unitPrice", 59)), "total", 59,
                "createdAt", now.minusDays(9).toString(), "paidAt", now.minusDays(9).toString(), "address", shopper.address)));
        return shopper;
    }

    /** A conversation in which they typed their name and address, sent a photo and rated the bot. */
    Chat converse(ApiClient api) {
        Chat chat = Chat.of(api, id, "zh");
        chat.say("你好，我是" + name + "，想问下订单" + orderId + "到哪了");
        chat.say("收货地址是" + address + "，电话" + phone);
        ApiClient.Response uploaded = api.upload(chat.path("/attachments"), chat.token(), "photo.png", TINY_PNG);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        chat.say(Map.of("text", "这是照片", "attachments", List.of(Map.of("id", uploaded.json().get("id").asString()))));
        assertThat(api.post(chat.path("/rating"), chat.token(), Map.of("score", 4, "comment", "谢谢，" + name)).status()).isEqualTo(204);
        return chat;
    }

    /** Hands the conversation to a supervisor who reads the card and writes to the shopper by name. */
    static String handOver(ApiClient api, Chat chat, String greeting) {
        Map<String, Object> lead = Map.of("username", "rights-lead", "password", "correct horse battery", "displayName", "Lead", "role",
                "SUPERVISOR", "skills", List.of(), "languages", List.of("zh", "en"), "maxConcurrent", 50);
        put(api, "/api/v1/agents", List.of(lead));
        String agent = api.post("/api/v1/auth/login", null, Map.of("username", "rights-lead", "password", "correct horse battery")).json()
            .get("token").asString();
        JsonNode turn = chat.say("转人工");
        assertThat(turn.get("state").get("mode").asString()).as(turn.toString()).isEqualTo("queued");
        assertThat(api.post("/api/v1/agent/conversations/" + chat.id() + "/accept", agent, Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/agent/conversations/" + chat.id() + "/messages", agent, Map.of("text", greeting)).status())
            .isEqualTo(201);
        return agent;
    }

    List<String> personalValues() {
        return List.of(name, phone, email, address);
    }

    private static void put(ApiClient api, String path, Object body) {
        ApiClient.Response response = api.put(path, ServiceTest.ADMIN, body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
