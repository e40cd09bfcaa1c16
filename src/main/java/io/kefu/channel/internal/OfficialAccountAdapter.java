package io.kefu.channel.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Replies to a WeChat Official Account follower through the customer-service message API
 * ({@code /cgi-bin/message/custom/send}), which may write to a follower for 48 hours after their last
 * message; the conversation's mode means nothing to WeChat.
 */
@Component
class OfficialAccountAdapter implements ChannelAdapter {

    static final String DEFAULT_API = "https://api.weixin.qq.com";

    private final WechatApi api;

    OfficialAccountAdapter(WechatApi api) {
        this.api = api;
    }

    @Override
    public String type() {
        return ChannelConfig.WECHAT_OA;
    }

    @Override
    public void deliver(ChannelConfig channel, Recipient to, OutboundItem item) throws DeliveryFailure {
        if (!item.isMessage()) {
            return;
        }
        String base = channel.apiBase(DEFAULT_API);
        api.post(channel, WechatApi.TokenGrant.officialAccount(base, channel.appId(), channel.appSecret()), "/cgi-bin/message/custom/send",
                Map.of("touser", to.externalUserId(), "msgtype", "text", "text", Map.of("content", item.text())));
    }
}
