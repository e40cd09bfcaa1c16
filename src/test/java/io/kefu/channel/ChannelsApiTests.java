package io.kefu.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Channels end to end (API §8): the admin API and the signed webhook channel, the outbox's retries
 * and order, and the inbox taking up a message a stopped node left undone.
 */
@ServiceTest
class ChannelsApiTests extends ChannelApiTest {

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
}
