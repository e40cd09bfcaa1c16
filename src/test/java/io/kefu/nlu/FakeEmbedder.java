package io.kefu.nlu;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for the ONNX models in fast tests: character bigrams hashed into a
 * small vector, L2-normalised, so texts sharing characters are similar. Counts the texts it was
 * asked to embed.
 */
public final class FakeEmbedder implements Embedder {

    private final String id;
    private final int dimension;
    private final AtomicInteger embedded = new AtomicInteger();

    public FakeEmbedder(String id, int dimension) {
        this.id = id;
        this.dimension = dimension;
    }

    public FakeEmbedder() {
        this("fake", 64);
    }

    public int embedded() {
        return embedded.get();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        embedded.addAndGet(texts.size());
        return texts.stream().map(this::embed).toList();
    }

    private float[] embed(String text) {
        String t = "^" + text.toLowerCase(Locale.ROOT) + "$";
        float[] v = new float[dimension];
        for (int i = 0; i + 1 < t.length(); i++) {
            int h = java.util.Arrays.hashCode(t.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
            v[Math.floorMod(h, dimension)] += 1;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) (v[i] / Math.sqrt(Math.max(norm, 1e-9)));
        }
        return v;
    }
}
