package io.kefu.channel.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Posts each message of a webhook conversation to the merchant's URL, signed as inbound requests
 * are ({@link WebhookSignature}), so the merchant can tell Kefu's calls from anyone else's. Mode
 * changes are posted too ({@code type: "mode"}): the merchant's platform may show that a person
 * now answers.
 */
@Component
class WebhookAdapter implements ChannelAdapter {

    private final PlatformHttp http;
    private final Clock clock = Clock.systemUTC();

    WebhookAdapter(PlatformHttp http) {
        this.http = http;
    }

    @Override
    public String type() {
        return ChannelConfig.WEBHOOK;
    }

    @Override
    public void deliver(ChannelConfig channel, Recipient to, OutboundItem item) throws DeliveryFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", item.kind());
        body.put("conversationId", to.conversationId());
        body.put("userId", to.externalUserId());
        if (item.isMessage()) {
            body.put("messageId", item.messageId());
            body.put("role", item.role());
            body.put("text", item.text());
        }
        else {
            body.put("mode", item.mode());
        }
        String text = http.json(body);
        long timestamp = clock.instant().getEpochSecond();
        http.post(channel.url(), text, Map.of(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(channel.secret(), timestamp, text)));
    }
}
