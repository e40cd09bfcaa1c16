package io.kefu.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.kefu.platform.KefuSettings;

/**
 * Seals personal data that Kefu must keep in a usable form for a short while — the new delivery
 * address a customer typed in a flow, needed again when they confirm it — where masking would lose
 * it. AES-256-GCM under the key of {@link PrivacySettings}. A sealed value is written in the letters
 * a–p only, so it holds nothing any masking rule could match or mangle.
 */
@Component
public class PersonalDataSeal {

    private static final String PREFIX = "sealed:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Hexadecimal digits spelled as the letters a–p. */
    private static final HexFormat LETTERS = HexFormat.of();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public PersonalDataSeal(PrivacySettings settings, KefuSettings kefu) {
        this(StringUtils.hasText(settings.sealKey()) ? settings.sealKey().trim() : persistedKey(kefu.dataDir().resolve("seal-key")));
    }

    /** @param secret any string; the AES key is its SHA-256 */
    public PersonalDataSeal(String secret) {
        this.key = new SecretKeySpec(sha256(secret), "AES");
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** Never returns null for a non-null value. */
    public String seal(String clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] whole = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, whole, NONCE_BYTES, sealed.length);
            return PREFIX + asLetters(LETTERS.formatHex(whole));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The clear value; empty when the value is not sealed or was sealed under another key. */
    public Optional<String> open(String sealed) {
        if (!isSealed(sealed)) {
            return Optional.empty();
        }
        try {
            byte[] whole = LETTERS.parseHex(asHex(sealed.substring(PREFIX.length())));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, whole, 0, NONCE_BYTES));
            return Optional.of(new String(cipher.doFinal(whole, NONCE_BYTES, whole.length - NONCE_BYTES), StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String asLetters(String hex) {
        StringBuilder letters = new StringBuilder(hex.length());
        hex.chars().forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }

    private static String asHex(String letters) {
        StringBuilder hex = new StringBuilder(letters.length());
        letters.chars().forEach(c -> hex.append(Character.forDigit(c - 'a', 16)));
        return hex.toString();
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String persistedKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.writeString(file, LETTERS.formatHex(secret));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the data directory's ACL
            }
            return Files.readString(file).trim();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the seal key file " + file, e);
        }
    }
}
