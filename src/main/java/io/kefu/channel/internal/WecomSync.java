package io.kefu.channel.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Pulls a WeCom customer-service account's new messages ({@code /cgi-bin/kf/sync_msg}) after a
 * callback signalled them, page by page from the cursor stored per channel and account, and hands
 * the customers' messages (origin 3) to {@link InboundTurns}; the message ids make a message pulled
 * twice (two callbacks racing, a crash before the cursor was saved) count once. Pulls run one at a
 * time in the background, so the callback is answered at once.
 */
@Component
class WecomSync implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WecomSync.class);
    private static final int FROM_CUSTOMER = 3;
    private static final int PAGE = 1000;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("wecom-sync").daemon().factory());
    private final WechatApi api;
    private final InboundTurns turns;
    private final JdbcClient jdbc;

    WecomSync(WechatApi api, InboundTurns turns, JdbcClient jdbc) {
        this.api = api;
        this.turns = turns;
        this.jdbc = jdbc;
    }

    void pull(ChannelConfig channel, String syncToken, String openKfId) {
        executor.execute(() -> {
            try {
                pullNow(channel, syncToken, openKfId == null ? "" : openKfId);
            }
            catch (DeliveryFailure | RuntimeException e) {
                log.warn("Channel {}: pulling WeCom messages failed; the next callback continues from the saved cursor: {}", channel.id(),
                        e.getMessage());
            }
        });
    }

    private void pullNow(ChannelConfig channel, String syncToken, String openKfId) throws DeliveryFailure {
        WechatApi.TokenGrant grant = WechatApi.TokenGrant.wecom(channel.apiBase(WecomAdapter.DEFAULT_API), channel.corpId(), channel.secret());
        boolean more = true;
        while (more) {
            Map<String, Object> request = new LinkedHashMap<>();
            cursor(channel.id(), openKfId).ifPresent(cursor -> request.put("cursor", cursor));
            if (syncToken != null && !syncToken.isBlank()) {
                request.put("token", syncToken);
            }
            request.put("limit", PAGE);
            if (!openKfId.isEmpty()) {
                request.put("open_kfid", openKfId);
            }
            JsonNode page = api.post(channel, grant, "/cgi-bin/kf/sync_msg", request);
            for (JsonNode message : page.path("msg_list")) {
                take(channel, message);
            }
            String next = page.path("next_cursor").asString("");
            if (!next.isEmpty()) {
                saveCursor(channel.id(), openKfId, next);
            }
            more = page.path("has_more").asInt(0) == 1 && !next.isEmpty();
        }
    }

    private void take(ChannelConfig channel, JsonNode message) {
        String type = message.path("msgtype").asString("");
        String user = message.path("external_userid").asString("");
        String key = "msg:" + message.path("msgid").asString("");
        String account = message.path("open_kfid").asString("");
        if (message.path("origin").asInt() == FROM_CUSTOMER && !user.isEmpty()) {
            String text = switch (type) {
                case "text" -> message.path("text").path("content").asString("");
                case "image" -> "[图片 image]";
                default -> null;
            };
            if (text != null && !text.isBlank()) {
                turns.accept(channel, new InboundTurns.Inbound(user, account, key, text));
            }
        }
        else if ("event".equals(type) && "enter_session".equals(message.path("event").path("event_type").asString(""))
                && !message.path("event").path("external_userid").asString("").isEmpty()) {
            JsonNode event = message.path("event");
            turns.accept(channel, new InboundTurns.Inbound(event.path("external_userid").asString(""), event.path("open_kfid").asString(account),
                    key, null));
        }
    }

    private Optional<String> cursor(String channelId, String account) {
        return jdbc.sql("SELECT next_cursor FROM channel_cursors WHERE channel_id = :channel AND account = :account")
            .param("channel", channelId).param("account", account).query(String.class).optional();
    }

    private void saveCursor(String channelId, String account, String cursor) {
        int updated = jdbc.sql("UPDATE channel_cursors SET next_cursor = :cursor WHERE channel_id = :channel AND account = :account")
            .param("channel", channelId).param("account", account).param("cursor", cursor).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO channel_cursors (channel_id, account, next_cursor) VALUES (:channel, :account, :cursor)")
                .param("channel", channelId).param("account", account).param("cursor", cursor).update();
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
