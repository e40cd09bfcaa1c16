package io.kefu.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;

import org.springframework.util.StringUtils;

/**
 * A secret the merchant may configure and otherwise gets generated on first start and kept under
 * the data directory (readable by its owner only), so it survives restarts. Several nodes must be
 * given the same value; a generated one is only right for a single node.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /**
     * The configured value when there is one, else the one stored in {@code file}, else a new one
     * with that prefix, stored there; {@code generated} hears of a new one (to tell the operator).
     */
    public static String configuredOrPersisted(String configured, Path file, String prefix, Consumer<String> generated) {
        if (StringUtils.hasText(configured)) {
            return configured.trim();
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String secret = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret);
            restrictToOwner(file);
            generated.accept(secret);
            return secret;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
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
