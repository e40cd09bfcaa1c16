package io.kefu.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256-GCM key of the {@link Keyring}. Its id names it in every ciphertext it makes, so a
 * node holding several keys knows which one opens a value; the id is the first 4 bytes of the
 * SHA-256 of the AES key in {@link Letters}, which tells keys apart without revealing them.
 */
public final class SealKey {

    /** Length of {@link #id()}. */
    public static final int ID_LENGTH = 8;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String id;

    /** @param secret any string; the AES key is its SHA-256, as the seal has always derived it */
    public SealKey(String secret) {
        byte[] aes = sha256(secret.getBytes(StandardCharsets.UTF_8));
        this.key = new SecretKeySpec(aes, "AES");
        this.id = Letters.of(Arrays.copyOf(sha256(aes), ID_LENGTH / 2));
    }

    public String id() {
        return id;
    }

    /** A fresh random nonce followed by the ciphertext and its tag. */
    public byte[] seal(byte[] clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(clear);
            byte[] whole = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, whole, NONCE_BYTES, sealed.length);
            return whole;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The clear bytes of {@code whole[offset..]}; empty when this key did not seal them or they were altered. */
    public Optional<byte[]> open(byte[] whole, int offset) {
        if (whole.length - offset < NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, whole, offset, NONCE_BYTES));
            return Optional.of(cipher.doFinal(whole, offset + NONCE_BYTES, whole.length - offset - NONCE_BYTES));
        }
        catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
