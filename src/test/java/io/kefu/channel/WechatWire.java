package io.kefu.channel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What WeChat's and WeCom's servers do to a callback, written here from their documentation rather
 * than taken from Kefu: the SHA-1 signature of the sorted parts and the AES safe mode (key =
 * Base64(encodingAesKey + "="), IV = its first 16 bytes, PKCS#7 to 32-byte blocks, plaintext =
 * 16 random bytes + 4-byte length + message + receiver id).
 */
final class WechatWire {

    private WechatWire() {
    }

    static String sign(String... parts) throws Exception {
        String joined = Stream.of(parts).sorted().collect(Collectors.joining());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8)));
    }

    static String encrypt(String encodingAesKey, String receiverId, String message) throws Exception {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] receiver = receiverId.getBytes(StandardCharsets.UTF_8);
        int length = 20 + text.length + receiver.length;
        int pad = 32 - length % 32;
        byte[] plain = ByteBuffer.allocate(length + pad).put("0123456789abcdef".getBytes(StandardCharsets.US_ASCII)).putInt(text.length)
            .put(text).put(receiver).array();
        Arrays.fill(plain, length, plain.length, (byte) pad);
        return Base64.getEncoder().encodeToString(cipher(encodingAesKey, Cipher.ENCRYPT_MODE).doFinal(plain));
    }

    static String decrypt(String encodingAesKey, String encrypted) throws Exception {
        byte[] plain = cipher(encodingAesKey, Cipher.DECRYPT_MODE).doFinal(Base64.getDecoder().decode(encrypted));
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    private static Cipher cipher(String encodingAesKey, int mode) throws Exception {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        return cipher;
    }
}
