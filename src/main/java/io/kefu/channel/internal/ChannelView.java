package io.kefu.channel.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A channel as {@code GET /api/v1/channels} shows it: what identifies it, never a secret (token,
 * app secret, AES key, signing secret are write-only). {@code safeMode} says whether an AES key is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChannelView(String id, String type, String appId, String corpId, String apiBaseUrl, String servicerUserId, String url,
        boolean safeMode, String callbackPath) {

    static ChannelView of(ChannelConfig config) {
        String path = switch (config.type()) {
            case ChannelConfig.WECHAT_OA -> "/channels/wechat/";
            case ChannelConfig.WECOM_KF -> "/channels/wecom/";
            default -> "/channels/webhook/";
        };
        return new ChannelView(config.id(), config.type(), config.appId(), config.corpId(), config.apiBaseUrl(), config.servicerUserId(),
                config.url(), config.encodingAesKey() != null && !config.encodingAesKey().isBlank(), path + config.id());
    }
}
