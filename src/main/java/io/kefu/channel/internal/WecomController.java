package io.kefu.channel.internal;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/**
 * A WeCom customer-service callback URL. The handshake returns the decrypted {@code echostr}; a
 * callback carries no message, only a signal (event {@code kf_msg_or_event} with a short-lived sync
 * token) that {@link WecomSync} follows by pulling the new messages. Always safe mode, always signed
 * with {@code msg_signature}: a wrong one is 401.
 */
@RestController
class WecomController {

    private final ChannelConfigs configs;
    private final WecomSync sync;

    WecomController(ChannelConfigs configs, WecomSync sync) {
        this.configs = configs;
        this.sync = sync;
    }

    @GetMapping(path = "/channels/wecom/{channelId}", produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(@PathVariable String channelId, @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        ChannelConfig channel = configs.require(channelId, ChannelConfig.WECOM_KF);
        // Base64 has no spaces: a '+' that reached us unencoded was read as one
        String encrypted = echostr == null ? "" : echostr.replace(' ', '+');
        return SafeMode.open(channel.token(), channel.encodingAesKey(), channel.corpId(), msgSignature, timestamp, nonce, encrypted);
    }

    @PostMapping(path = "/channels/wecom/{channelId}", produces = MediaType.TEXT_PLAIN_VALUE)
    String receive(@PathVariable String channelId, @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce, @RequestBody String body) {
        ChannelConfig channel = configs.require(channelId, ChannelConfig.WECOM_KF);
        Map<String, String> event = SafeXml.read(SafeMode.open(channel.token(), channel.encodingAesKey(), channel.corpId(), msgSignature, timestamp,
                nonce, SafeXml.read(body).getOrDefault("Encrypt", "")));
        if ("kf_msg_or_event".equals(event.get("Event"))) {
            sync.pull(channel, event.get("Token"), event.get("OpenKfId"));
        }
        return "success";
    }
}
