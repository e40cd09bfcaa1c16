package io.kefu.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.kefu.platform.KefuSettings;

/**
 * The merchant's admin token: the configured one, or one generated on first start and kept under
 * the data directory so it survives restarts. A generated token is printed once, when it is made.
 */
@Component
public class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] token;

    public AdminToken(KefuSettings settings) {
        var file = settings.dataDir().resolve("admin-token");
        String value = Secrets.configuredOrPersisted(settings.security().adminToken(), file, "adm_",
                generated -> log.warn("Generated the admin token (stored in {}): {}", file, generated));
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String candidate) {
        return MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
