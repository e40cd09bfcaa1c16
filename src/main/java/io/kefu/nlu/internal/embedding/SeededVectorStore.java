package io.kefu.nlu.internal.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kefu.nlu.VectorStore;

/**
 * A vector store backed by vectors shipped in the jar ({@code nlu/vectors/<model>.vectors}, same
 * format as {@link FileVectorStore}), so that the first start of a fresh installation does not
 * spend its start-up budget embedding the shipped training data. Shipped vectors are keyed by the
 * text hash like all others: an edited training sentence simply misses and is embedded.
 */
public final class SeededVectorStore implements VectorStore {

    private final VectorStore delegate;
    private final Map<String, Map<FileVectorStore.TextKey, float[]>> seeds = new ConcurrentHashMap<>();

    public SeededVectorStore(VectorStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public float[] get(String modelId, String text) {
        float[] vector = delegate.get(modelId, text);
        return vector != null ? vector : seed(modelId).get(FileVectorStore.TextKey.of(text));
    }

    @Override
    public void putAll(String modelId, List<String> texts, List<float[]> vectors) {
        delegate.putAll(modelId, texts, vectors);
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    private Map<FileVectorStore.TextKey, float[]> seed(String modelId) {
        return seeds.computeIfAbsent(modelId, id -> {
            Map<FileVectorStore.TextKey, float[]> vectors = new ConcurrentHashMap<>();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("nlu/vectors/" + id + ".vectors")) {
                if (in != null) {
                    FileVectorStore.readInto(in, vectors);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read shipped vectors of " + id, e);
            }
            return vectors;
        });
    }
}
