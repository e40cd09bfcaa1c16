package io.kefu.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.kefu.platform.internal.Secrets;

/**
 * Verified shopper identity, as Intercom's identity verification works: the merchant's own server
 * signs a signed-in shopper's id with the identity secret ({@code customerHash} = lowercase hex
 * HMAC-SHA256 of the id) and puts the signature into its page beside the id. A customer id is
 * taken only with its signature (or from the admin token), so nobody can talk to the bot as
 * another shopper by typing an id. The secret is {@code kefu.security.identity-secret}, or one
 * generated on first start and kept in {@code <data-dir>/identity-secret}.
 */
@Component
public class CustomerIdentity {

    private static final Logger log = LoggerFactory.getLogger(CustomerIdentity.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CustomerIdentity(KefuSettings settings) {
        var file = settings.dataDir().resolve("identity-secret");
        String secret = Secrets.configuredOrPersisted(settings.security().identitySecret(), file, "ids_",
                generated -> log.warn("Generated the identity secret for signing shoppers' ids; it is stored in {}", file));
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The {@code customerHash} of a customer id: what the merchant's server computes. Never null. */
    public String sign(String customerId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(customerId.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }

    /** Whether {@code customerHash} is the signature of {@code customerId}; false for nulls. */
    public boolean proves(String customerId, String customerHash) {
        if (customerId == null || customerHash == null) {
            return false;
        }
        // compared in constant time, so response times do not reveal how much of a guess was right
        return MessageDigest.isEqual(sign(customerId).getBytes(StandardCharsets.US_ASCII),
                customerHash.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
