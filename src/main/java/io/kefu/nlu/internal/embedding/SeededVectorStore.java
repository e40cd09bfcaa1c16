package io.kefu.nlu.internal.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kefu.nlu.VectorStore;

/**
 * A vector store backed by vectors shipped in the jar ({@code nlu/vectors/<model>.f16}: records of
 * a 128-bit text hash, a dimension and half-precision floats, half the size of the runtime cache
 * and precise enough for classification), so that the first start of a fresh installation does not
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

    @Override
    public void forget(Collection<String> texts) {
        // the seeds are the shipped training texts, never a customer's
        delegate.forget(texts);
    }

    /** Writes vectors in the shipped format. */
    public static void writeHalfPrecision(OutputStream stream, List<String> texts, List<float[]> vectors)
            throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        for (int i = 0; i < texts.size(); i++) {
            FileVectorStore.TextKey key = FileVectorStore.TextKey.of(texts.get(i));
            out.writeLong(key.high());
            out.writeLong(key.low());
            out.writeShort(vectors.get(i).length);
            for (float value : vectors.get(i)) {
                out.writeShort(Float.floatToFloat16(value));
            }
        }
        out.flush();
    }

    private static void readHalfPrecision(InputStream stream, Map<FileVectorStore.TextKey, float[]> vectors)
            throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        try {
            while (true) {
                FileVectorStore.TextKey key = new FileVectorStore.TextKey(in.readLong(), in.readLong());
                float[] vector = new float[in.readShort()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = Float.float16ToFloat(in.readShort());
                }
                vectors.put(key, vector);
            }
        } catch (EOFException endOfFile) {
            // done
        }
    }

    private Map<FileVectorStore.TextKey, float[]> seed(String modelId) {
        return seeds.computeIfAbsent(modelId, id -> {
            Map<FileVectorStore.TextKey, float[]> vectors = new ConcurrentHashMap<>();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("nlu/vectors/" + id + ".f16")) {
                if (in != null) {
                    readHalfPrecision(in, vectors);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read shipped vectors of " + id, e);
            }
            return vectors;
        });
    }
}
