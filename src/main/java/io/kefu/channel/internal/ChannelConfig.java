package io.kefu.channel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.kefu.platform.Problem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One channel as the merchant configures it (API §8), stored whole and sealed at rest because most
 * of it is secret. Which fields a channel needs depends on its type:
 * <ul>
 * <li>{@code wechat-oa}: token, appId, appSecret, encodingAesKey (safe mode) and apiBaseUrl;</li>
 * <li>{@code wecom-kf}: token, encodingAesKey, corpId, secret, servicerUserId (who serves after a
 * hand-over) and apiBaseUrl;</li>
 * <li>{@code webhook}: secret (the HMAC key, both ways) and url (where replies are posted).</li>
 * </ul>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChannelConfig(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, _ and - only") String id,
        @NotBlank @Pattern(regexp = "wechat-oa|wecom-kf|webhook", message = "must be wechat-oa, wecom-kf or webhook") String type,
        String token, String appId, String appSecret, String encodingAesKey, String apiBaseUrl, String corpId, String secret,
        String servicerUserId, String url) {

    static final String WECHAT_OA = "wechat-oa";
    static final String WECOM_KF = "wecom-kf";
    static final String WEBHOOK = "webhook";

    private static final Map<String, List<String>> REQUIRED = Map.of(WECHAT_OA, List.of("token", "appId", "appSecret"),
            WECOM_KF, List.of("token", "encodingAesKey", "corpId", "secret"), WEBHOOK, List.of("secret", "url"));
    private static final Map<String, Function<ChannelConfig, String>> FIELDS = Map.of("token", ChannelConfig::token, "appId",
            ChannelConfig::appId, "appSecret", ChannelConfig::appSecret, "encodingAesKey", ChannelConfig::encodingAesKey, "corpId",
            ChannelConfig::corpId, "secret", ChannelConfig::secret, "url", ChannelConfig::url);

    /** The API host of the channel's platform, without a trailing slash. */
    String apiBase(String platformDefault) {
        String base = apiBaseUrl == null || apiBaseUrl.isBlank() ? platformDefault : apiBaseUrl;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The fields this type needs, an AES key of WeChat's 43 characters and http(s) URLs. */
    List<Problem.FieldError> check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        REQUIRED.getOrDefault(type, List.of()).stream().filter(field -> blank(FIELDS.get(field).apply(this)))
            .forEach(field -> errors.add(new Problem.FieldError(field, "is required for a " + type + " channel")));
        if (!blank(encodingAesKey) && !encodingAesKey.matches("[A-Za-z0-9+/]{43}")) {
            errors.add(new Problem.FieldError("encodingAesKey", "must be the 43 characters the platform generated"));
        }
        for (Map.Entry<String, String> link : Map.of("url", String.valueOf(url), "apiBaseUrl", String.valueOf(apiBaseUrl)).entrySet()) {
            if (!"null".equals(link.getValue()) && !link.getValue().isBlank() && !link.getValue().matches("https?://\\S+")) {
                errors.add(new Problem.FieldError(link.getKey(), "must be an http or https URL"));
            }
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
