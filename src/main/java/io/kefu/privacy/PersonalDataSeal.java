package io.kefu.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.kefu.platform.DocumentSeal;
import io.kefu.platform.KefuSettings;
import io.kefu.privacy.internal.Keyring;
import io.kefu.privacy.internal.Letters;
import io.kefu.privacy.internal.SealKey;

/**
 * Encrypts personal data at rest: customers' and orders' records, attachment files, and the little a
 * conversation must keep usable for a while (a new delivery address until the customer confirms it),
 * where masking would lose it. AES-256-GCM under the {@link Keyring} of {@link PrivacySettings}.
 * <p>
 * A sealed text is {@code sealed:<key id>:<nonce and ciphertext>} in the letters a–p only, so it
 * holds nothing any masking rule could match or mangle; sealed bytes are {@code KFS1<key id>} and
 * the nonce and ciphertext. The key id lets a node open what retired keys sealed. Texts sealed before
 * keys had ids ({@code sealed:<letters>}) are opened by trying each key.
 */
@Component
public class PersonalDataSeal implements DocumentSeal {

    private static final String PREFIX = "sealed:";
    private static final byte[] MAGIC = "KFS1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + SealKey.ID_LENGTH;

    private final Keyring keyring;

    @Autowired
    public PersonalDataSeal(PrivacySettings settings, KefuSettings kefu) {
        this(Keyring.load(settings, kefu.dataDir()));
    }

    /**
     * @param secret   the current key: any string, the AES key is its SHA-256
     * @param previous retired keys, which still open what they sealed
     */
    public PersonalDataSeal(String secret, String... previous) {
        this(Keyring.of(secret, List.of(previous)));
    }

    private PersonalDataSeal(Keyring keyring) {
        this.keyring = keyring;
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public static boolean isSealed(byte[] value) {
        return value.length >= HEADER && Arrays.equals(value, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The id of the key that seals now. */
    @Override
    public String currentKeyId() {
        return keyring.current().id();
    }

    /** The id of the key a sealed value names; empty for clear values and those sealed before keys had ids. */
    public static Optional<String> keyIdOf(String value) {
        return isSealed(value) && value.indexOf(':', PREFIX.length()) == PREFIX.length() + SealKey.ID_LENGTH
                ? Optional.of(value.substring(PREFIX.length(), PREFIX.length() + SealKey.ID_LENGTH))
                : Optional.empty();
    }

    public static Optional<String> keyIdOf(byte[] value) {
        return isSealed(value) ? Optional.of(new String(value, MAGIC.length, SealKey.ID_LENGTH, StandardCharsets.US_ASCII))
                : Optional.empty();
    }

    /** Never returns null for a non-null value. */
    public String seal(String clear) {
        SealKey key = keyring.current();
        return PREFIX + key.id() + ":" + Letters.of(key.seal(clear.getBytes(StandardCharsets.UTF_8)));
    }

    /** The clear value; empty when the value is not sealed, was sealed under a key this node lacks, or was altered. */
    public Optional<String> open(String sealed) {
        if (!isSealed(sealed)) {
            return Optional.empty();
        }
        try {
            Optional<String> keyId = keyIdOf(sealed);
            byte[] whole = Letters.parse(sealed.substring(PREFIX.length() + keyId.map(id -> id.length() + 1).orElse(0)));
            List<SealKey> candidates = keyId.isPresent() ? keyring.find(keyId.get()).stream().toList() : List.copyOf(keyring.all());
            return candidates.stream().flatMap(key -> key.open(whole, 0).stream()).findFirst()
                .map(clear -> new String(clear, StandardCharsets.UTF_8));
        }
        catch (IllegalArgumentException notLetters) {
            return Optional.empty();
        }
    }

    /** Never returns null. */
    public byte[] seal(byte[] clear) {
        SealKey key = keyring.current();
        byte[] sealed = key.seal(clear);
        byte[] whole = Arrays.copyOf(MAGIC, HEADER + sealed.length);
        System.arraycopy(key.id().getBytes(StandardCharsets.US_ASCII), 0, whole, MAGIC.length, SealKey.ID_LENGTH);
        System.arraycopy(sealed, 0, whole, HEADER, sealed.length);
        return whole;
    }

    /** The clear bytes; empty when they are not sealed, were sealed under a key this node lacks, or were altered. */
    public Optional<byte[]> open(byte[] sealed) {
        return keyIdOf(sealed).flatMap(keyring::find).flatMap(key -> key.open(sealed, HEADER));
    }

    @Override
    public String sealDocument(String document) {
        return seal(document);
    }

    @Override
    public String openDocument(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        return open(stored).orElseThrow(() -> new IllegalStateException("A record is sealed under the key "
                + keyIdOf(stored).orElse("of before key ids") + ", which this node lacks or which does not open it: "
                + "list that key in kefu.privacy.previous-encryption-keys"));
    }
}
