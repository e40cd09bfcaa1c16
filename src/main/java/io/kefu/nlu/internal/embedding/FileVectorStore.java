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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
                            write(out, entry);
                        }
                    }
                    entries.clear();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write vector cache " + file(modelId), e);
                }
            }
        });
    }

    @Override
    public void forget(Collection<String> texts) {
        List<TextKey> keys = texts.stream().map(TextKey::of).toList();
        for (String modelId : models()) {
            // a model not loaded yet has nothing in memory: its file alone is rewritten
            Map<TextKey, float[]> known = byModel.get(modelId);
            if (known != null) {
                keys.forEach(known::remove);
            }
            List<Map.Entry<TextKey, float[]>> entries = pending.computeIfAbsent(modelId, id -> new ArrayList<>());
            synchronized (entries) {
                entries.removeIf(entry -> keys.contains(entry.getKey()));
                rewriteWithout(modelId, keys);
            }
        }
    }

    /** The models with vectors in memory or on disk. */
    private List<String> models() {
        List<String> models = new ArrayList<>(byModel.keySet());
        if (Files.isDirectory(directory)) {
            try (var files = Files.list(directory)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".vectors"))
                    .map(name -> name.substring(0, name.length() - ".vectors".length())).filter(model -> !models.contains(model))
                    .forEach(models::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list vector caches in " + directory, e);
            }
        }
        return models;
    }

    /** Rewrites the model's file without the keys (written aside, then moved over it); untouched when it holds none of them. */
    private void rewriteWithout(String modelId, List<TextKey> keys) {
        Path file = file(modelId);
        if (!Files.exists(file)) {
            return;
        }
        try {
            Map<TextKey, float[]> stored = new LinkedHashMap<>();
            try (InputStream in = Files.newInputStream(file)) {
                readInto(in, stored);
            }
            if (keys.stream().map(stored::remove).noneMatch(java.util.Objects::nonNull)) {
                return;
            }
            Path aside = file.resolveSibling(file.getFileName() + ".rewrite");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(aside)))) {
                for (Map.Entry<TextKey, float[]> entry : stored.entrySet()) {
                    write(out, entry);
                }
            }
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite vector cache " + file, e);
        }
    }

    private static void write(DataOutputStream out, Map.Entry<TextKey, float[]> entry) throws IOException {
        out.writeLong(entry.getKey().high());
        out.writeLong(entry.getKey().low());
        out.writeShort(entry.getValue().length);
        for (float value : entry.getValue()) {
            out.writeFloat(value);
        }
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
