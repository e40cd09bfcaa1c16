package io.kefu.nlu.internal.embedding;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kefu.nlu.VectorStore;
import io.kefu.privacy.PiiMasker;

/**
 * Vectors kept in memory and appended to one file per model under a directory, keyed by a
 * SHA-256 hash of the text: restarting the service or re-running an evaluation does not embed
 * known texts again. The file holds no text, only hashes and vectors. A torn last record (crash
 * while writing) is ignored on load. Texts holding personal data are not written at all.
 */
public final class FileVectorStore implements VectorStore {

    private final Path directory;
    private final Map<String, Map<TextKey, float[]>> byModel = new ConcurrentHashMap<>();
    private final Map<String, List<Map.Entry<TextKey, float[]>>> pending = new ConcurrentHashMap<>();

    public FileVectorStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public float[] get(String modelId, String text) {
        return vectors(modelId).get(TextKey.of(text));
    }

    @Override
    public void putAll(String modelId, List<String> texts, List<float[]> vectors) {
        Map<TextKey, float[]> known = vectors(modelId);
        List<Map.Entry<TextKey, float[]>> toWrite = pending.computeIfAbsent(modelId, id -> new ArrayList<>());
        synchronized (toWrite) {
            for (int i = 0; i < texts.size(); i++) {
                TextKey key = TextKey.of(texts.get(i));
                // A text with personal data in it is remembered in memory but never written: even
                // hashed, a short message around a phone number is found again by trying numbers.
                if (known.putIfAbsent(key, vectors.get(i)) == null && !PiiMasker.holdsPii(texts.get(i))) {
                    toWrite.add(Map.entry(key, vectors.get(i)));
                }
            }
        }
    }

    @Override
    public void flush() {
        pending.forEach((modelId, entries) -> {
            synchronized (entries) {
                if (entries.isEmpty()) {
                    return;
                }
                try {
                    Files.createDirectories(directory);
                    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                            file(modelId), StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                        for (Map.Entry<TextKey, float[]> entry : entries) {
                            out.writeLong(entry.getKey().high());
                            out.writeLong(entry.getKey().low());
                            out.writeShort(entry.getValue().length);
                            for (float value : entry.getValue()) {
                                out.writeFloat(value);
                            }
                        }
                    }
                    entries.clear();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write vector cache " + file(modelId), e);
                }
            }
        });
    }

    private Map<TextKey, float[]> vectors(String modelId) {
        return byModel.computeIfAbsent(modelId, this::load);
    }

    private Map<TextKey, float[]> load(String modelId) {
        Map<TextKey, float[]> vectors = new ConcurrentHashMap<>();
        Path file = file(modelId);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                readInto(in, vectors);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read vector cache " + file, e);
            }
        }
        return vectors;
    }

    /** Reads records until the end of the stream (a torn last record is ignored). */
    static void readInto(InputStream stream, Map<TextKey, float[]> vectors) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        try {
            while (true) {
                TextKey key = new TextKey(in.readLong(), in.readLong());
                float[] vector = new float[in.readShort()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                vectors.put(key, vector);
            }
        } catch (EOFException endOfFile) {
            // done
        }
    }

    private Path file(String modelId) {
        return directory.resolve(modelId + ".vectors");
    }

    /** The first 128 bits of the SHA-256 of a text: collisions are negligible at any cache size. */
    record TextKey(long high, long low) {

        static TextKey of(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                long high = 0;
                long low = 0;
                for (int i = 0; i < 8; i++) {
                    high = (high << 8) | (digest[i] & 0xff);
                    low = (low << 8) | (digest[i + 8] & 0xff);
                }
                return new TextKey(high, low);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
