package io.kefu.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * The WeCom customer-service channel against a fake WeCom API: encrypted callback verification,
 * sync_msg pulls from the stored cursor, send_msg replies and the session handed to a person.
 */
@ServiceTest
class WecomChannelApiTests extends ChannelApiTest {

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
}
