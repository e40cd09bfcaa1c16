package io.kefu.conversation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.platform.Caller;
import io.kefu.platform.TokenAuthority;

/**
 * Issues and recognises customer tokens. A token opens exactly one conversation; only its SHA-256
 * is stored, so a leaked database does not leak access to conversations.
 */
@Component
class CustomerTokens implements TokenAuthority {

    private static final String PREFIX = "cus_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Conversations conversations;

    CustomerTokens(Conversations conversations) {
        this.conversations = conversations;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return conversations.idForTokenHash(hash(token)).map(Caller.Customer::new);
    }
}
