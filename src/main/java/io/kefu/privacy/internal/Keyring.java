package io.kefu.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.StringUtils;

import io.kefu.privacy.PrivacySettings;

/**
 * The keys personal data is sealed with: the current one, which seals everything new, and retired
 * ones, which only open what they sealed until the re-encryption pass has resealed it. Rotation is
 * therefore a restart with the new key as current and the old one among the previous keys.
 */
public final class Keyring {

    /** The generated key of a node given none; the seal's key file since before the keyring. */
    static final String KEY_FILE = "seal-key";

    private final SealKey current;
    private final Map<String, SealKey> byId = new LinkedHashMap<>();

    private Keyring(SealKey current, Collection<SealKey> retired) {
        this.current = current;
        byId.put(current.id(), current);
        retired.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    /** @param previous retired secrets, still read; blanks are ignored */
    public static Keyring of(String current, Collection<String> previous) {
        return new Keyring(new SealKey(current.trim()),
                previous.stream().filter(StringUtils::hasText).map(String::trim).map(SealKey::new).toList());
    }

    /**
     * The keyring the settings describe. The current key is the encryption key, else the older seal
     * key setting, else the key file under the data directory (generated on the first start, readable
     * by the owner only). Whatever of these is not current stays readable: a node upgraded on the same
     * data directory, or given an encryption key later, reads all it sealed before.
     */
    public static Keyring load(PrivacySettings settings, Path dataDir) {
        Path keyFile = dataDir.resolve(KEY_FILE);
        List<String> previous = new ArrayList<>(settings.previousEncryptionKeys());
        String current;
        if (StringUtils.hasText(settings.encryptionKey())) {
            current = settings.encryptionKey();
            previous.add(settings.sealKey());
        }
        else {
            current = StringUtils.hasText(settings.sealKey()) ? settings.sealKey() : readOrCreate(keyFile);
        }
        if (Files.exists(keyFile)) {
            previous.add(readOrCreate(keyFile));
        }
        return of(current, previous);
    }

    public SealKey current() {
        return current;
    }

    public Optional<SealKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every key, the current one first: values sealed before keys had ids are tried with each. */
    public Collection<SealKey> all() {
        return byId.values();
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    // owner-only from its first byte on, not after a write
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                catch (UnsupportedOperationException notPosix) {
                    // Windows: the file inherits the data directory's ACL
                    Files.createFile(file);
                }
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                Files.writeString(file, HexFormat.of().formatHex(secret));
            }
            return Files.readString(file).trim();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }
}
