package io.kefu.privacy;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Privacy settings, bound from {@code kefu.privacy.*}. Nodes sharing one database need the same
 * keys, as they need the same admin token.
 *
 * @param encryptionKey          the key personal data is encrypted with at rest (customers, orders,
 *                               attachments, a flow's sealed address), from {@code KEFU_ENCRYPTION_KEY};
 *                               when empty, the seal key, else a key generated under the data directory
 * @param previousEncryptionKeys retired keys: what they encrypted stays readable until the
 *                               re-encryption pass has rewritten it under the current key
 * @param sealKey                the key of the seal before there was an encryption key; still the
 *                               current key when no encryption key is set, else a previous one. A
 *                               flow's value sealed under a key no longer held is asked again.
 */
@ConfigurationProperties("kefu.privacy")
public record PrivacySettings(String encryptionKey, List<String> previousEncryptionKeys, String sealKey) {

    public PrivacySettings {
        previousEncryptionKeys = previousEncryptionKeys == null ? List.of() : List.copyOf(previousEncryptionKeys);
    }
}
