package io.kefu.channel.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Calls to WeChat's and WeCom's APIs, which share their conventions: an {@code access_token} query
 * parameter fetched with the app's secret and valid for {@code expires_in} seconds, and an
 * {@code errcode} in every answer. Tokens are cached ({@link AccessTokens}) per channel and credentials
 * until shortly before they expire (the platforms limit how often one may be fetched); one the
 * platform calls invalid or expired is dropped and the call is retried by the outbox with a fresh one.
 */
@Component
class WechatApi {

    /** Fetch a new token this long before the old one expires, so no call carries a dying one. */
    private static final long MARGIN_SECONDS = 300;
    /** Invalid, not the latest, or expired access token. */
    private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);
    /** The platform is busy. */
    private static final int BUSY = -1;

    private final PlatformHttp http;
    private final AccessTokens tokens;

    WechatApi(PlatformHttp http, AccessTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** Posts {@code body} to {@code path} of the channel's API host with a valid token; the answer when errcode is 0. */
    JsonNode post(ChannelConfig channel, TokenGrant grant, String path, Object body) throws DeliveryFailure {
        String key = channel.id() + ":" + grant.fingerprint();
        String token = token(key, grant);
        JsonNode answer = http.postJson(grant.apiBase() + path + "?access_token=" + encode(token), body);
        int errcode = answer.path("errcode").asInt(0);
        if (TOKEN_ERRORS.contains(errcode)) {
            tokens.drop(key);
        }
        if (errcode != 0) {
            throw new DeliveryFailure(path + " answered errcode " + errcode + " " + answer.path("errmsg").asString(""),
                    errcode == BUSY || TOKEN_ERRORS.contains(errcode));
        }
        return answer;
    }

    private String token(String key, TokenGrant grant) throws DeliveryFailure {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<String> cached = tokens.valid(key, now);
        if (cached.isPresent()) {
            return cached.get();
        }
        JsonNode answer = http.getJson(grant.url());
        String value = answer.path("access_token").asString("");
        if (value.isEmpty()) {
            int errcode = answer.path("errcode").asInt(0);
            throw new DeliveryFailure("No access token: errcode " + errcode + " " + answer.path("errmsg").asString(""), errcode == BUSY);
        }
        long lifetime = Math.max(0, answer.path("expires_in").asLong(7200) - MARGIN_SECONDS);
        tokens.store(key, value, now.plusSeconds(lifetime));
        return value;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Where a channel's access token comes from: the full token URL with its credentials, and the API host. */
    record TokenGrant(String apiBase, String url) {

        /** Names the credentials without holding them: a new secret gets a new token at once. */
        String fingerprint() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8)), 0, 16);
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static TokenGrant officialAccount(String apiBase, String appId, String appSecret) {
            return new TokenGrant(apiBase, apiBase + "/cgi-bin/token?grant_type=client_credential&appid=" + encode(appId) + "&secret="
                    + encode(appSecret));
        }

        static TokenGrant wecom(String apiBase, String corpId, String secret) {
            return new TokenGrant(apiBase, apiBase + "/cgi-bin/gettoken?corpid=" + encode(corpId) + "&corpsecret=" + encode(secret));
        }
    }

}
