package io.kefu.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Channels end to end (API §8): the admin API, and each platform's protocol spoken by a real HTTP
 * server standing in for WeChat, WeCom and a merchant ({@link FakePlatform}), with Kefu running as
 * it does in production.
 */
@ServiceTest
class ChannelsApiTests {

    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void theAdminConfiguresChannelsWhoseSecretsNeverComeBack() {
        String id = "shop-" + store.suffix;
        ApiClient.Response put = api.put("/api/v1/channels", ServiceTest.ADMIN, List.of(
                Map.of("id", id + "-oa", "type", "wechat-oa", "token", "tok-secret-1", "appId", "wx-app", "appSecret", "app-secret-2",
                        "encodingAesKey", AES_KEY, "apiBaseUrl", platform.url()),
                Map.of("id", id + "-hook", "type", "webhook", "secret", "hook-secret-3", "url", platform.url() + "/merchant")));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.json().get("upserted").asInt()).isEqualTo(2);

        ApiClient.Response list = api.get("/api/v1/channels", ServiceTest.ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains(id + "-oa", "wx-app", id + "-hook").doesNotContain("tok-secret-1", "app-secret-2", AES_KEY,
                "hook-secret-3");
        JsonNode oa = find(list.json(), "id", id + "-oa");
        assertThat(oa.get("type").asString()).isEqualTo("wechat-oa");
        assertThat(oa.get("safeMode").asBoolean()).isTrue();
        assertThat(oa.get("callbackPath").asString()).isEqualTo("/channels/wechat/" + id + "-oa");

        ApiClient.Response invalid = api.put("/api/v1/channels", ServiceTest.ADMIN, List.of(Map.of("id", id + "-x", "type", "wecom-kf",
                "token", "t", "encodingAesKey", "short")));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("[0].corpId", "[0].secret", "[0].encodingAesKey");
        assertThat(api.put("/api/v1/channels", ServiceTest.ADMIN, List.of(Map.of("id", id + "-y", "type", "fax"))).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/channels", ServiceTest.ADMIN).text()).doesNotContain(id + "-x");
        assertThat(api.get("/api/v1/channels", null).status()).isEqualTo(401);
        JsonNode web = api.get("/api/v1/conversations/" + api.openAs(null, Map.of("channel", "web")).json().get("id").asString(),
                ServiceTest.ADMIN).json();
        assertThat(web.get("channel").asString()).isEqualTo("web");
        assertThat(web.get("externalUserId").isNull()).isTrue();
        assertThat(api.openAs(null, Map.of("channel", "wechat-oa")).status()).as("external channels open only through their door").isEqualTo(400);
        assertThat(api.put("/api/v1/channels", null, List.of()).status()).isEqualTo(401);
    }

    @Test
    void aSignedWebhookMessageIsAnsweredThroughTheMerchantsUrlAndForgeriesAreRefused() throws Exception {
        String channel = webhook("hook");
        String user = "u-" + store.suffix;
        String body = JSON.writeValueAsString(Map.of("userId", user, "messageId", "m-1", "text", "你好，请问怎么退货"));
        long now = Instant.now().getEpochSecond();

        // forged, stale and unsigned requests are refused before anything happens
        assertThat(webhookPost(channel, body, now, sign("wrong-secret", now, body)).statusCode()).isEqualTo(401);
        long stale = now - Duration.ofMinutes(6).toSeconds();
        assertThat(webhookPost(channel, body, stale, sign("hook-secret", stale, body)).statusCode()).isEqualTo(401);
        assertThat(webhookPost(channel, body, now, null).statusCode()).isEqualTo(401);
        assertThat(webhookPost("nope-" + store.suffix, body, now, sign("hook-secret", now, body)).statusCode()).isEqualTo(404);

        HttpResponse<String> accepted = webhookPost(channel, body, now, sign("hook-secret", now, body));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        // the platform retries: the same message id counts once
        HttpResponse<String> again = webhookPost(channel, body, now, sign("hook-secret", now, body));
        assertThat(JSON.readTree(again.body()).get("duplicate").asBoolean()).isTrue();

        List<FakePlatform.Request> replies = platform.await("/merchant", r -> r.body().contains(user) && r.body().contains("\"bot\""), 2);
        for (FakePlatform.Request reply : replies) {
            assertThat(reply.signature()).isEqualTo(sign("hook-secret", Long.parseLong(reply.timestamp()), reply.body()));
        }
        String conversationId = JSON.readTree(replies.get(0).body()).get("conversationId").asString();
        JsonNode conversation = api.get("/api/v1/conversations/" + conversationId, ServiceTest.ADMIN).json();
        assertThat(conversation.get("channel").asString()).isEqualTo("webhook");
        assertThat(conversation.get("externalUserId").asString()).isEqualTo(user);
        assertThat(conversation.get("messages").findValuesAsString("role").stream().filter("customer"::equals)).hasSize(1);
        JsonNode row = find(api.get("/api/v1/supervisor/conversations", ServiceTest.ADMIN).json(), "conversationId", conversationId);
        assertThat(row.get("channel").asString()).isEqualTo("webhook");
        assertThat(row.get("externalUserId").asString()).isEqualTo(user);
    }

    @Test
    void deliveriesAreRetriedAfterServerErrorsAndKeepTheirOrder() throws Exception {
        String channel = webhook("order");
        String user = "q-" + store.suffix;
        platform.failNext("/merchant", 500, 503);
        for (int i = 1; i <= 3; i++) {
            String body = JSON.writeValueAsString(Map.of("userId", user, "messageId", "q" + i, "text", "第" + i + "个问题：运费多少"));
            long now = Instant.now().getEpochSecond();
            assertThat(webhookPost(channel, body, now, sign("hook-secret", now, body)).statusCode()).isEqualTo(202);
        }
        // every message the conversation says to the customer arrives, the first after two failures, in the transcript's order
        String conversationId = JSON.readTree(platform.await("/merchant", r -> r.body().contains(user), 1).get(0).body())
            .get("conversationId").asString();
        List<String> transcript = awaitTranscript(conversationId, 3).stream().filter(m -> !"customer".equals(m.get("role").asString()))
            .map(m -> m.get("id").asString()).toList();
        List<String> sentIds = platform.await("/merchant", r -> r.status() == 200 && r.body().contains("\"messageId\""), transcript.size())
            .stream().map(r -> JSON.readTree(r.body()).get("messageId").asString()).toList();
        assertThat(sentIds).isEqualTo(transcript);
        List<FakePlatform.Request> failed = platform.requests("/merchant").stream().filter(r -> r.status() != 200).toList();
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0).body()).contains(transcript.get(0));
    }

    @Test
    void aMessageWhoseNodeStoppedBeforeItsTurnIsTakenUpAgain() throws Exception {
        String channel = webhook("crash");
        String user = "r-" + store.suffix;
        // what a node leaves behind when it stops between answering the platform and running the turn
        jdbc.sql("""
                INSERT INTO channel_inbound (channel_id, message_key, received_at, external_user_id, body, done, lease_until)
                VALUES (:channel, 'm-crash', :at, :user, '你好，我想退货', FALSE, :at)""")
            .param("channel", channel).param("user", user).param("at", OffsetDateTime.now().minusMinutes(3)).update();
        String conversationId = JSON.readTree(platform.await("/merchant", r -> r.body().contains(user), 1).get(0).body())
            .get("conversationId").asString();
        assertThat(awaitTranscript(conversationId, 1).stream().map(m -> m.get("text").asString())).contains("你好，我想退货");
        assertThat(eventually(() -> jdbc.sql("SELECT COUNT(*) FROM channel_inbound WHERE channel_id = :channel AND done AND body IS NULL")
            .param("channel", channel).query(Integer.class).single(), n -> n == 1)).as("done, and the text cleared once it is in the conversation")
            .isEqualTo(1);
    }

    @Test
    void weChatHandshakeSignaturesAndTextMessagesWithRepliesThroughTheCustomerServiceApi() throws Exception {
        String channel = officialAccount("oa", null);
        String base = "/channels/wechat/" + channel;
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = WechatWire.sign("oa-token-" + store.suffix, timestamp, "n1");
        ApiClient.Response handshake = api.get(base + "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=n1&echostr=hello42", null);
        assertThat(handshake.status()).isEqualTo(200);
        assertThat(handshake.text()).isEqualTo("hello42");
        assertThat(api.get(base + "?signature=0000&timestamp=" + timestamp + "&nonce=n1&echostr=hello42", null).status()).isEqualTo(401);
        assertThat(api.get("/channels/wechat/none-" + store.suffix + "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=n1",
                null).status()).isEqualTo(404);

        String openId = "o-" + store.suffix;
        String xml = textXml(openId, "你好，怎么退货", "1001" + store.suffix);
        platform.failNext("/cgi-bin/message/custom/send", 502);
        String query = "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=n1";
        assertThat(api.postRaw(base + "?signature=bad&timestamp=" + timestamp + "&nonce=n1", null, xml).status()).isEqualTo(401);
        ApiClient.Response received = api.postRaw(base + query, null, xml);
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.text()).isEqualTo("success");
        assertThat(api.postRaw(base + query, null, xml).text()).as("WeChat's retry").isEqualTo("success");

        List<FakePlatform.Request> sent = platform.await("/cgi-bin/message/custom/send", r -> r.body().contains(openId), 2);
        assertThat(sent.get(0).param("access_token")).isEqualTo("oa-token");
        JsonNode first = JSON.readTree(sent.get(0).body());
        assertThat(first.get("msgtype").asString()).isEqualTo("text");
        assertThat(first.get("text").get("content").asString()).isNotBlank();
        assertThat(platform.requests("/cgi-bin/message/custom/send").get(0).status()).as("retried after a 502").isEqualTo(502);
        assertThat(platform.requests("/cgi-bin/token")).as("the token is cached").hasSize(1);
        assertThat(platform.requests("/cgi-bin/token").get(0).param("appid")).isEqualTo("wx-" + store.suffix);
        JsonNode row = awaitConversationOf(openId);
        assertThat(row.get("channel").asString()).isEqualTo("wechat-oa");
        JsonNode conversation = api.get("/api/v1/conversations/" + row.get("conversationId").asString(), ServiceTest.ADMIN).json();
        assertThat(conversation.get("messages").findValuesAsString("text").stream().filter(t -> t.contains("怎么退货")))
            .as("the retried MsgId made one turn").hasSize(1);

        // events and other message types are acknowledged without a turn; XML with entities is refused
        assertThat(api.postRaw(base + query, null, "<xml><ToUserName>gh</ToUserName><FromUserName>" + openId
                + "</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType><Event>VIEW</Event></xml>").text()).isEqualTo("success");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><FromUserName>" + openId
                + "</FromUserName><MsgType>text</MsgType><Content>&x;</Content><MsgId>9" + store.suffix + "</MsgId></xml>";
        assertThat(api.postRaw(base + query, null, xxe).status()).isEqualTo(400);
    }

    @Test
    void weChatSafeModeMessagesAreDecryptedAndAForgedCiphertextIsRefused() throws Exception {
        // WeChat voids the first token before it is used: Kefu fetches a new one and delivers again
        AtomicInteger fetched = new AtomicInteger();
        platform.answer("/cgi-bin/token", request -> "{\"access_token\":\"oa-token-" + fetched.incrementAndGet() + "\",\"expires_in\":7200}")
            .answer("/cgi-bin/message/custom/send", request -> "oa-token-1".equals(request.param("access_token"))
                    ? "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}");
        String channel = officialAccount("safe", AES_KEY);
        String base = "/channels/wechat/" + channel;
        String token = "oa-token-" + store.suffix;
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = WechatWire.sign(token, timestamp, "n2");
        String openId = "s-" + store.suffix;
        String encrypted = WechatWire.encrypt(AES_KEY, "wx-" + store.suffix, textXml(openId, "在吗", "2002" + store.suffix));
        String envelope = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>";
        String query = "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=n2&encrypt_type=aes&openid=" + openId;

        assertThat(api.postRaw(base + query + "&msg_signature=" + WechatWire.sign(token, timestamp, "n2", "other"), null, envelope).status())
            .isEqualTo(401);
        String otherApp = WechatWire.encrypt(AES_KEY, "wx-other", textXml(openId, "在吗", "2003" + store.suffix));
        assertThat(api.postRaw(base + query + "&msg_signature=" + WechatWire.sign(token, timestamp, "n2", otherApp), null,
                "<xml><Encrypt>" + otherApp + "</Encrypt></xml>").status()).as("sealed for another app").isEqualTo(401);

        ApiClient.Response received = api.postRaw(base + query + "&msg_signature=" + WechatWire.sign(token, timestamp, "n2", encrypted), null,
                envelope);
        assertThat(received.status()).as(received.text()).isEqualTo(200);
        assertThat(received.text()).isEqualTo("success");
        platform.await("/cgi-bin/message/custom/send", r -> r.body().contains(openId) && "oa-token-2".equals(r.param("access_token")), 2);
        assertThat(fetched.get()).isEqualTo(2);
        JsonNode row = awaitConversationOf(openId);
        assertThat(api.get("/api/v1/conversations/" + row.get("conversationId").asString(), ServiceTest.ADMIN).json().get("messages")
            .findValuesAsString("text")).contains("在吗");
    }

    @Test
    void weChatHandOverToAnAgentWhoseReplyGoesThroughTheChannel() throws Exception {
        String channel = officialAccount("desk", null);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String query = "?signature=" + WechatWire.sign("oa-token-" + store.suffix, timestamp, "n3") + "&timestamp=" + timestamp + "&nonce=n3";
        String openId = "h-" + store.suffix;
        // the merchant links the follower to their shop account: the conversation opens as that customer
        assertThat(api.put("/api/v1/channels/" + channel + "/users", ServiceTest.ADMIN,
                List.of(Map.of("externalUserId", openId, "customerId", "nobody-" + store.suffix))).status()).isEqualTo(422);
        assertThat(api.put("/api/v1/channels/" + channel + "/users", ServiceTest.ADMIN,
                List.of(Map.of("externalUserId", openId, "customerId", store.alice))).status()).isEqualTo(200);
        api.postRaw("/channels/wechat/" + channel + query, null, textXml(openId, "你好", "3001" + store.suffix));
        platform.await("/cgi-bin/message/custom/send", r -> r.body().contains(openId), 2);
        JsonNode row = awaitConversationOf(openId);
        String id = row.get("conversationId").asString();
        assertThat(row.get("customerId").asString()).isEqualTo(store.alice);

        desk.upsert(List.of(desk.agent("cat", "SUPERVISOR", List.of(), List.of("zh", "en"), 5)));
        String cat = desk.login("cat");
        assertThat(api.post("/api/v1/supervisor/conversations/" + id + "/takeover", cat, Map.of()).status()).isEqualTo(200);
        ApiClient.Response reply = api.post("/api/v1/agent/conversations/" + id + "/messages", cat, Map.of("text", "您好，我是人工客服小猫"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        api.post("/api/v1/agent/conversations/" + id + "/messages", cat, Map.of("text", "仅内部可见的备注", "internal", true));
        platform.await("/cgi-bin/message/custom/send", r -> r.body().contains(openId) && r.body().contains("人工客服小猫"), 1);
        Thread.sleep(500);
        assertThat(platform.requests("/cgi-bin/message/custom/send").stream().filter(r -> r.body().contains("仅内部可见"))).isEmpty();

        // the customer's next message reaches the agent, not the bot
        api.postRaw("/channels/wechat/" + channel + query, null, textXml(openId, "好的谢谢", "3002" + store.suffix));
        List<JsonNode> messages = awaitTranscript(id, 2);
        assertThat(messages.get(messages.size() - 1).get("text").asString()).isEqualTo("好的谢谢");
    }

    @Test
    void weComCallbacksAreVerifiedThenMessagesPulledWithTheCursorAndHandedOver() throws Exception {
        String channel = "kf-" + store.suffix;
        String token = "kf-token-" + store.suffix;
        String corpId = "ww" + store.suffix;
        String user = "wm-" + store.suffix;
        String kfId = "wk-" + store.suffix;
        assertThat(api.put("/api/v1/channels", ServiceTest.ADMIN, List.of(Map.of("id", channel, "type", "wecom-kf", "token", token,
                "encodingAesKey", AES_KEY, "corpId", corpId, "secret", "corp-secret", "servicerUserId", "zhangsan", "apiBaseUrl",
                platform.url()))).status()).isEqualTo(200);
        platform.answer("/cgi-bin/kf/sync_msg", request -> {
            boolean first = !request.body().contains("cursor");
            return first ? "{\"errcode\":0,\"next_cursor\":\"c1\",\"has_more\":0,\"msg_list\":[{\"msgid\":\"k1" + store.suffix
                    + "\",\"open_kfid\":\"" + kfId + "\",\"external_userid\":\"" + user + "\",\"send_time\":1,\"origin\":3,"
                    + "\"msgtype\":\"text\",\"text\":{\"content\":\"你好，我想转人工\"}}]}"
                    : "{\"errcode\":0,\"next_cursor\":\"c2\",\"has_more\":0,\"msg_list\":[]}";
        });
        String base = "/channels/wecom/" + channel;
        String timestamp = Long.toString(Instant.now().getEpochSecond());

        String echo = WechatWire.encrypt(AES_KEY, corpId, "echo-123");
        ApiClient.Response handshake = api.get(base + "?msg_signature=" + WechatWire.sign(token, timestamp, "n4", echo) + "&timestamp="
                + timestamp + "&nonce=n4&echostr=" + URLEncoder.encode(echo, StandardCharsets.UTF_8), null);
        assertThat(handshake.status()).isEqualTo(200);
        assertThat(handshake.text()).isEqualTo("echo-123");
        assertThat(api.get(base + "?msg_signature=bad&timestamp=" + timestamp + "&nonce=n4&echostr=" + URLEncoder.encode(echo,
                StandardCharsets.UTF_8), null).status()).isEqualTo(401);

        String event = WechatWire.encrypt(AES_KEY, corpId, "<xml><ToUserName>" + corpId + "</ToUserName><CreateTime>1</CreateTime>"
                + "<MsgType>event</MsgType><Event>kf_msg_or_event</Event><Token>sync-token-1</Token><OpenKfId>" + kfId + "</OpenKfId></xml>");
        String envelope = "<xml><ToUserName>" + corpId + "</ToUserName><Encrypt>" + event + "</Encrypt><AgentID>1</AgentID></xml>";
        assertThat(api.postRaw(base + "?msg_signature=bad&timestamp=" + timestamp + "&nonce=n5", null, envelope).status()).isEqualTo(401);
        ApiClient.Response callback = api.postRaw(base + "?msg_signature=" + WechatWire.sign(token, timestamp, "n5", event) + "&timestamp="
                + timestamp + "&nonce=n5", null, envelope);
        assertThat(callback.text()).isEqualTo("success");

        FakePlatform.Request pulled = platform.await("/cgi-bin/kf/sync_msg", r -> true, 1).get(0);
        assertThat(pulled.param("access_token")).isEqualTo("kf-token");
        assertThat(JSON.readTree(pulled.body()).get("token").asString()).isEqualTo("sync-token-1");
        assertThat(platform.requests("/cgi-bin/gettoken").get(0).param("corpsecret")).isEqualTo("corp-secret");
        List<FakePlatform.Request> sent = platform.await("/cgi-bin/kf/send_msg", r -> r.body().contains(user), 2);
        assertThat(JSON.readTree(sent.get(0).body()).get("open_kfid").asString()).isEqualTo(kfId);

        // a second signal continues from the stored cursor
        api.postRaw(base + "?msg_signature=" + WechatWire.sign(token, timestamp, "n5", event) + "&timestamp=" + timestamp + "&nonce=n5", null,
                envelope);
        assertThat(JSON.readTree(platform.await("/cgi-bin/kf/sync_msg", r -> true, 2).get(1).body()).get("cursor").asString()).isEqualTo("c1");

        // hand-over: WeCom hears that a person serves the session, then gets the agent's reply
        JsonNode row = awaitConversationOf(user);
        assertThat(row.get("channel").asString()).isEqualTo("wecom-kf");
        String id = row.get("conversationId").asString();
        desk.upsert(List.of(desk.agent("kim", "SUPERVISOR", List.of(), List.of("zh", "en"), 5)));
        String kim = desk.login("kim");
        assertThat(api.post("/api/v1/supervisor/conversations/" + id + "/takeover", kim, Map.of()).status()).isEqualTo(200);
        api.post("/api/v1/agent/conversations/" + id + "/messages", kim, Map.of("text", "您好，人工客服为您服务"));
        JsonNode trans = JSON.readTree(platform.await("/cgi-bin/kf/service_state/trans", r -> r.body().contains(user), 1).get(0).body());
        assertThat(trans.get("service_state").asInt()).isEqualTo(3);
        assertThat(trans.get("servicer_userid").asString()).isEqualTo("zhangsan");
        platform.await("/cgi-bin/kf/send_msg", r -> r.body().contains("人工客服为您服务"), 1);
    }

    private String webhook(String name) {
        String id = name + "-" + store.suffix;
        assertThat(api.put("/api/v1/channels", ServiceTest.ADMIN, List.of(Map.of("id", id, "type", "webhook", "secret", "hook-secret", "url",
                platform.url() + "/merchant"))).status()).isEqualTo(200);
        return id;
    }

    private String officialAccount(String name, String aesKey) {
        String id = name + "-" + store.suffix;
        Map<String, Object> channel = new java.util.HashMap<>(Map.of("id", id, "type", "wechat-oa", "token", "oa-token-" + store.suffix,
                "appId", "wx-" + store.suffix, "appSecret", "oa-secret", "apiBaseUrl", platform.url()));
        if (aesKey != null) {
            channel.put("encodingAesKey", aesKey);
        }
        assertThat(api.put("/api/v1/channels", ServiceTest.ADMIN, List.of(channel)).status()).isEqualTo(200);
        return id;
    }

    private static String textXml(String openId, String text, String msgId) {
        return "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[" + openId + "]]></FromUserName><CreateTime>"
                + Instant.now().getEpochSecond() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + text
                + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    /** The messages of the conversation once it holds {@code customerMessages} from the customer. */
    private List<JsonNode> awaitTranscript(String conversationId, int customerMessages) throws InterruptedException {
        return eventually(() -> api.get("/api/v1/conversations/" + conversationId, ServiceTest.ADMIN).json().get("messages").valueStream().toList(),
                messages -> messages.stream().filter(m -> "customer".equals(m.get("role").asString())).count() >= customerMessages);
    }

    /** The supervisor board's row of the external user's conversation, once there is one. */
    private JsonNode awaitConversationOf(String externalUserId) throws InterruptedException {
        JsonNode row = eventually(() -> find(api.get("/api/v1/supervisor/conversations", ServiceTest.ADMIN).json(), "externalUserId",
                externalUserId), java.util.Objects::nonNull);
        assertThat(row).as("a conversation of " + externalUserId).isNotNull();
        return row;
    }

    /** What {@code read} returns once it is {@code wanted}, or its last value after 15 seconds. */
    private static <T> T eventually(java.util.function.Supplier<T> read, java.util.function.Predicate<T> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        T value = read.get();
        while (!wanted.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            value = read.get();
        }
        return value;
    }

    private HttpResponse<String> webhookPost(String channel, String body, long timestamp, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/channels/webhook/" + channel))
            .header("Content-Type", "application/json").header("X-Kefu-Timestamp", Long.toString(timestamp))
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Kefu-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String secret, long timestamp, String body) {
        return ApiClient.hmacSha256Hex(secret, timestamp + "." + body);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString(""))) {
                return node;
            }
        }
        return null;
    }
}
