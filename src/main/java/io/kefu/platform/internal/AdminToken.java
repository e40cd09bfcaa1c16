package io.kefu.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

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
        String configured = settings.security().adminToken();
        String value = StringUtils.hasText(configured) ? configured.trim() : persisted(settings.dataDir().resolve("admin-token"));
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String candidate) {
        return MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String persisted(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String generated = "adm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, generated);
            restrictToOwner(file);
            log.warn("Generated the admin token (stored in {}): {}", file, generated);
            return generated;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the admin token file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the data directory's ACL, which is the best we can do portably.
        }
    }
}
