package io.kefu.channel.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Replies to a WeChat user of a WeCom customer-service account ({@code /cgi-bin/kf/send_msg}) and
 * tells WeCom who serves the session ({@code /cgi-bin/kf/service_state/trans}): when a Kefu agent
 * takes over, the session goes to state 3 (served by a person, the channel's {@code servicerUserId});
 * when the conversation ends or goes back to the bot, state 4 (ended), since WeCom allows no way
 * back from 3 but the end.
 */
@Component
class WecomAdapter implements ChannelAdapter {

    static final String DEFAULT_API = "https://qyapi.weixin.qq.com";
    private static final int SERVED_BY_PERSON = 3;
    private static final int ENDED = 4;

    private final WechatApi api;

    WecomAdapter(WechatApi api) {
        this.api = api;
    }

    @Override
    public String type() {
        return ChannelConfig.WECOM_KF;
    }

    @Override
    public void deliver(ChannelConfig channel, Recipient to, OutboundItem item) throws DeliveryFailure {
        WechatApi.TokenGrant grant = WechatApi.TokenGrant.wecom(channel.apiBase(DEFAULT_API), channel.corpId(), channel.secret());
        if (item.isMessage()) {
            api.post(channel, grant, "/cgi-bin/kf/send_msg", Map.of("touser", to.externalUserId(), "open_kfid", to.account(), "msgtype", "text",
                    "text", Map.of("content", item.text())));
            return;
        }
        Integer state = switch (item.mode()) {
            case "agent" -> SERVED_BY_PERSON;
            case "bot", "closed" -> ENDED;
            default -> null;
        };
        if (state == null || state == SERVED_BY_PERSON && (channel.servicerUserId() == null || channel.servicerUserId().isBlank())) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("open_kfid", to.account());
        body.put("external_userid", to.externalUserId());
        body.put("service_state", state);
        if (state == SERVED_BY_PERSON) {
            body.put("servicer_userid", channel.servicerUserId());
        }
        api.post(channel, grant, "/cgi-bin/kf/service_state/trans", body);
    }
}
