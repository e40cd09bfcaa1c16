package io.kefu.channel.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signatures and the AES "safe mode" shared by WeChat Official Accounts and WeCom callbacks.
 * Signatures are the hex SHA-1 of the sorted, concatenated parts: (token, timestamp, nonce) for the
 * plain mode's {@code signature}, plus the ciphertext for {@code msg_signature}. Safe mode is
 * AES-256-CBC with key = Base64(encodingAesKey + "="), IV = its first 16 bytes, PKCS#7 padded to
 * 32-byte blocks; the plaintext is 16 random bytes, the message length as 4 bytes in network order,
 * the message and the receiver id (the app id, or the corp id for WeCom).
 */
final class WechatCrypto {

    private static final int BLOCK = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final String receiverId;

    WechatCrypto(String encodingAesKey, String receiverId) {
        this.key = Base64.getDecoder().decode(encodingAesKey + "=");
        this.receiverId = receiverId;
    }

    static String signature(String... parts) {
        String joined = Stream.of(parts).map(part -> part == null ? "" : part).sorted().collect(Collectors.joining());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time, so a signature cannot be guessed byte by byte from response times. */
    static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.toLowerCase().getBytes(StandardCharsets.UTF_8));
    }

    String encrypt(String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] receiver = receiverId.getBytes(StandardCharsets.UTF_8);
        int length = 16 + 4 + text.length + receiver.length;
        int pad = BLOCK - length % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(length + pad);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        plain.put(random).putInt(text.length).put(text).put(receiver);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /** The message inside; {@link IllegalArgumentException} when it is not ours (bad padding, other receiver). */
    String decrypt(String encrypted) {
        byte[] plain;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(encrypted));
        }
        catch (IllegalStateException e) {
            throw new IllegalArgumentException("Not decryptable", e);
        }
        int pad = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || plain.length < 20 + pad) {
            throw new IllegalArgumentException("Bad padding");
        }
        byte[] content = Arrays.copyOf(plain, plain.length - pad);
        int length = ByteBuffer.wrap(content, 16, 4).getInt();
        if (length < 0 || 20 + length > content.length) {
            throw new IllegalArgumentException("Bad length");
        }
        String receiver = new String(content, 20 + length, content.length - 20 - length, StandardCharsets.UTF_8);
        if (!receiver.equals(receiverId)) {
            throw new IllegalArgumentException("For another receiver");
        }
        return new String(content, 20, length, StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return cipher.doFinal(input);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
