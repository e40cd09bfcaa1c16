package io.kefu.channel.internal;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.platform.Problem;

/**
 * A WeChat Official Account's server URL (API §8): the verification handshake and the messages
 * WeChat posts, plain or in safe mode. No Kefu token: {@code signature} (and in safe mode
 * {@code msg_signature}) is the credential; a wrong one is 401. Text and image messages become turns,
 * a follow event opens the conversation (its greeting goes out), everything is answered
 * {@code success} at once and the replies go through the customer-service message API.
 */
@RestController
class WechatController {

    private static final String SUCCESS = "success";

    private final ChannelConfigs configs;
    private final InboundTurns turns;

    WechatController(ChannelConfigs configs, InboundTurns turns) {
        this.configs = configs;
        this.turns = turns;
    }

    @GetMapping(path = "/channels/wechat/{channelId}", produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(@PathVariable String channelId, @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        checkSignature(configs.require(channelId, ChannelConfig.WECHAT_OA), signature, timestamp, nonce);
        return echostr == null ? "" : echostr;
    }

    @PostMapping(path = "/channels/wechat/{channelId}", produces = MediaType.TEXT_PLAIN_VALUE)
    String receive(@PathVariable String channelId, @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(name = "msg_signature", required = false) String msgSignature, @RequestBody String body) {
        ChannelConfig channel = configs.require(channelId, ChannelConfig.WECHAT_OA);
        checkSignature(channel, signature, timestamp, nonce);
        Map<String, String> message = SafeXml.read(body);
        String encrypted = message.get("Encrypt");
        if (encrypted != null) {
            message = SafeXml.read(SafeMode.open(channel.token(), channel.encodingAesKey(), channel.appId(), msgSignature, timestamp, nonce, encrypted));
        }
        String from = message.getOrDefault("FromUserName", "");
        if (from.isBlank() || from.length() > 128) {
            return SUCCESS;
        }
        switch (message.getOrDefault("MsgType", "")) {
            case "text" -> turns.accept(channel, new InboundTurns.Inbound(from, null, key(message), message.getOrDefault("Content", "")));
            case "image" -> turns.accept(channel, new InboundTurns.Inbound(from, null, key(message), "[图片 image] " + message.getOrDefault("PicUrl", "")));
            case "event" -> {
                if ("subscribe".equalsIgnoreCase(message.get("Event"))) {
                    turns.accept(channel, new InboundTurns.Inbound(from, null, key(message), null));
                }
            }
            default -> {
                // voice, video, location, links: WeChat only needs to hear that they arrived
            }
        }
        return SUCCESS;
    }

    private static void checkSignature(ChannelConfig channel, String signature, String timestamp, String nonce) {
        if (!WechatCrypto.matches(WechatCrypto.signature(channel.token(), timestamp, nonce), signature)) {
            throw Problem.unauthorized("The signature does not match.");
        }
    }

    /** WeChat's retries carry the same MsgId; events have none, so the sender and the second stand for it. */
    private static String key(Map<String, String> message) {
        String id = message.get("MsgId");
        return id != null && !id.isBlank() ? "msg:" + id : "event:" + message.get("FromUserName") + ":" + message.get("CreateTime");
    }
}
