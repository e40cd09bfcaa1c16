package io.kefu.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Privacy settings, bound from {@code kefu.privacy.*}.
 *
 * @param sealKey the secret that seals personal data Kefu must keep for a while (an address typed in
 *                a flow, until the customer confirms it); generated under the data directory when
 *                empty. Nodes sharing one database need the same key, as they need the same admin
 *                token; a value sealed under another key is treated as never given and asked again.
 */
@ConfigurationProperties("kefu.privacy")
public record PrivacySettings(String sealKey) {
}
