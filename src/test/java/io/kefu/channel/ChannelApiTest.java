package io.kefu.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import io.kefu.agentdesk.Desk;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the channel API tests share: Kefu running as in production, a real HTTP server standing in
 * for WeChat, WeCom and a merchant ({@link FakePlatform}) with their usual answers, and the steps
 * every platform's test takes (configure a channel, sign a request, wait for the conversation).
 */
abstract class ChannelApiTest {

    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    TestStore store;
    Desk desk;
    FakePlatform platform;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
        desk = new Desk(api, store.suffix);
        platform = new FakePlatform()
            .answer("/merchant", request -> "{}")
            .answer("/cgi-bin/token", request -> "{\"access_token\":\"oa-token\",\"expires_in\":7200}")
            .answer("/cgi-bin/message/custom/send", request -> "{\"errcode\":0,\"errmsg\":\"ok\"}")
            .answer("/cgi-bin/gettoken", request -> "{\"errcode\":0,\"access_token\":\"kf-token\",\"expires_in\":7200}")
            .answer("/cgi-bin/kf/send_msg", request -> "{\"errcode\":0,\"msgid\":\"m1\"}")
            .answer("/cgi-bin/kf/service_state/trans", request -> "{\"errcode\":0}");
    }

    @AfterEach
    void tearDown() {
        platform.close();
        desk.allOffline();
    }

    String webhook(String name) {
        String id = name + "-" + store.suffix;
        assertThat(api.put("/api/v1/channels", ServiceTest.ADMIN, List.of(Map.of("id", id, "type", "webhook", "secret", "hook-secret", "url",
                platform.url() + "/merchant"))).status()).isEqualTo(200);
        return id;
    }

    String officialAccount(String name, String aesKey) {
        String id = name + "-" + store.suffix;
        Map<String, Object> channel = new java.util.HashMap<>(Map.of("id", id, "type", "wechat-oa", "token", "oa-token-" + store.suffix,
                "appId", "wx-" + store.suffix, "appSecret", "oa-secret", "apiBaseUrl", platform.url()));
        if (aesKey != null) {
            channel.put("encodingAesKey", aesKey);
        }
        assertThat(api.put("/api/v1/channels", ServiceTest.ADMIN, List.of(channel)).status()).isEqualTo(200);
        return id;
    }

    static String textXml(String openId, String text, String msgId) {
        return "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[" + openId + "]]></FromUserName><CreateTime>"
                + Instant.now().getEpochSecond() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + text
                + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    /** The messages of the conversation once it holds {@code customerMessages} from the customer. */
    List<JsonNode> awaitTranscript(String conversationId, int customerMessages) throws InterruptedException {
        return eventually(() -> api.get("/api/v1/conversations/" + conversationId, ServiceTest.ADMIN).json().get("messages").valueStream().toList(),
                messages -> messages.stream().filter(m -> "customer".equals(m.get("role").asString())).count() >= customerMessages);
    }

    /** The supervisor board's row of the external user's conversation, once there is one. */
    JsonNode awaitConversationOf(String externalUserId) throws InterruptedException {
        JsonNode row = eventually(() -> find(api.get("/api/v1/supervisor/conversations", ServiceTest.ADMIN).json(), "externalUserId",
                externalUserId), java.util.Objects::nonNull);
        assertThat(row).as("a conversation of " + externalUserId).isNotNull();
        return row;
    }

    static <T> T eventually(java.util.function.Supplier<T> read, java.util.function.Predicate<T> wanted) throws InterruptedException {
        return io.kefu.Eventually.read(read, wanted);
    }

    HttpResponse<String> webhookPost(String channel, String body, long timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/channels/webhook/" + channel))
            .header("Content-Type", "application/json").header("X-Kefu-Timestamp", Long.toString(timestamp))
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Kefu-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sign(String secret, long timestamp, String body) {
        return ApiClient.hmacSha256Hex(secret, timestamp + "." + body);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString(""))) {
                return node;
            }
        }
        return null;
    }
}
