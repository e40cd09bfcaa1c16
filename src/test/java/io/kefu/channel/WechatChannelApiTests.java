package io.kefu.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * The WeChat Official Account channel (API §8) against a fake WeChat API: handshake, signatures,
 * safe mode, duplicate MsgIds, XXE, token caching and renewal, retries, hand-over to an agent.
 */
@ServiceTest
class WechatChannelApiTests extends ChannelApiTest {

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
        // the turn runs in the background: on a busy machine its messages may be stored a moment after the first delivery
        List<String> asked = eventually(() -> api.get("/api/v1/conversations/" + row.get("conversationId").asString(), ServiceTest.ADMIN).json()
            .get("messages").findValuesAsString("text").stream().filter(t -> t.contains("怎么退货")).toList(), texts -> !texts.isEmpty());
        assertThat(asked).as("the retried MsgId made one turn").hasSize(1);

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
}
