package io.kefu.conversation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.platform.KefuSettings;
import io.kefu.privacy.PersonalDataSeal;
import io.kefu.privacy.Resealable;

/**
 * The bytes of attachments under {@code <data-dir>/attachments}, encrypted at rest: a photo of a
 * parcel shows the address label. Each attachment row names the key its file was sealed under
 * ({@code sealed_with}; null for a file stored in clear before), for the re-encryption pass.
 */
@Component
class AttachmentFiles implements Resealable {

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;
    private final Path root;

    AttachmentFiles(JdbcClient jdbc, PersonalDataSeal seal, KefuSettings settings) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.root = settings.dataDir().resolve("attachments");
    }

    /** Writes the file sealed (whole or not at all) and returns the id of the key it is sealed under. */
    String write(String storageKey, byte[] clear) {
        Path file = root.resolve(storageKey);
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, seal.seal(clear));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return seal.currentKeyId();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot store an attachment", e);
        }
    }

    /** The clear bytes; a file stored in clear before encryption at rest comes back as it is. */
    /** Deletes the stored file; nothing happens when it is gone already. */
    void delete(String storageKey) {
        try {
            Files.deleteIfExists(root.resolve(storageKey));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete an attachment", e);
        }
    }

    byte[] read(String storageKey) {
        try {
            byte[] stored = Files.readAllBytes(root.resolve(storageKey));
            if (!PersonalDataSeal.isSealed(stored)) {
                return stored;
            }
            return seal.open(stored).orElseThrow(() -> new IllegalStateException("The attachment " + storageKey
                    + " is sealed under a key this node lacks: list it in kefu.privacy.previous-encryption-keys"));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read an attachment", e);
        }
    }

    @Override
    public String name() {
        return "attachments";
    }

    @Override
    public int resealNext(int batch) {
        String current = seal.currentKeyId();
        List<Map.Entry<String, String>> stale = jdbc.sql("""
                SELECT id, storage_key FROM attachments WHERE sealed_with IS NULL OR sealed_with <> :current
                ORDER BY id LIMIT :limit""").param("current", current).param("limit", batch)
            .query((rs, row) -> Map.entry(rs.getString("id"), rs.getString("storage_key"))).list();
        for (Map.Entry<String, String> attachment : stale) {
            try {
                write(attachment.getValue(), read(attachment.getValue()));
            }
            catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException)) {
                    throw e;
                }
                // erased meanwhile: nothing left to seal
            }
            // files never change once stored: no newer writer to yield to
            jdbc.sql("UPDATE attachments SET sealed_with = :current WHERE id = :id").param("current", current)
                .param("id", attachment.getKey()).update();
        }
        return stale.size();
    }
}
