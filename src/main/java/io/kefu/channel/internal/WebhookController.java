package io.kefu.channel.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.channel.ChannelSettings;
import io.kefu.platform.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed webhook channel for any other platform: {@code POST /channels/webhook/{id}} with
 * {@code {userId, messageId?, text}}, the headers {@code X-Kefu-Timestamp} (Unix seconds) and
 * {@code X-Kefu-Signature} (see {@link WebhookSignature}). No Kefu token: the signature is the
 * credential, and a timestamp outside {@link ChannelSettings#replayWindow()} is refused like a bad
 * signature (401). Answered 202 at once; the replies are posted to the channel's URL.
 */
@RestController
class WebhookController {

    private final ChannelConfigs configs;
    private final InboundTurns turns;
    private final ChannelSettings settings;
    private final JsonMapper json;

    WebhookController(ChannelConfigs configs, InboundTurns turns, ChannelSettings settings, JsonMapper json) {
        this.configs = configs;
        this.turns = turns;
        this.settings = settings;
        this.json = json;
    }

    @PostMapping("/channels/webhook/{channelId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> receive(@PathVariable String channelId, @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signature, @RequestBody String body) {
        ChannelConfig channel = configs.require(channelId, ChannelConfig.WEBHOOK);
        long seconds = parse(timestamp);
        if (Duration.between(Instant.ofEpochSecond(seconds), Instant.now()).abs().compareTo(settings.replayWindow()) > 0) {
            throw Problem.unauthorized("The timestamp is outside the replay window.");
        }
        if (!WebhookSignature.verify(channel.secret(), seconds, body, signature)) {
            throw Problem.unauthorized("The signature does not match.");
        }
        JsonNode message = read(body);
        String userId = message.path("userId").asString("");
        String text = message.path("text").asString("");
        if (userId.isBlank() || userId.length() > 128 || text.isBlank()) {
            throw Problem.badRequest("userId (at most 128 characters) and text are required.");
        }
        String messageId = message.path("messageId").asString(null);
        if (messageId != null && messageId.length() > 100) {
            throw Problem.badRequest("messageId must be at most 100 characters.");
        }
        boolean taken = turns.accept(channel, new InboundTurns.Inbound(userId, null, messageId, text));
        return Map.of("accepted", true, "duplicate", !taken);
    }

    private static long parse(String timestamp) {
        try {
            return Long.parseLong(timestamp == null ? "" : timestamp.strip());
        }
        catch (NumberFormatException e) {
            throw Problem.unauthorized("X-Kefu-Timestamp must be Unix seconds.");
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        }
        catch (JacksonException e) {
            throw Problem.badRequest("The body must be a JSON object.");
        }
    }
}
