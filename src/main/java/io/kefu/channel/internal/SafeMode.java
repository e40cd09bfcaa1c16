package io.kefu.channel.internal;

import io.kefu.platform.Problem;

/**
 * Opens a message posted in safe mode (WeChat Official Accounts with an AES key, every WeCom
 * callback): the {@code msg_signature} over the ciphertext must match (else 401) before anything is
 * decrypted, and it must decrypt for this receiver (else 401: it was not sealed with our key).
 */
final class SafeMode {

    private SafeMode() {
    }

    static String open(String token, String encodingAesKey, String receiverId, String msgSignature, String timestamp, String nonce,
            String encrypted) {
        if (!WechatCrypto.matches(WechatCrypto.signature(token, timestamp, nonce, encrypted), msgSignature)) {
            throw Problem.unauthorized("The msg_signature does not match.");
        }
        if (encodingAesKey == null || encodingAesKey.isBlank()) {
            throw Problem.badRequest("The message is encrypted but the channel has no encodingAesKey.");
        }
        try {
            return new WechatCrypto(encodingAesKey, receiverId).decrypt(encrypted);
        }
        catch (IllegalArgumentException e) {
            throw Problem.unauthorized("The message does not decrypt with this channel's key.");
        }
    }
}
