package io.kefu.nlu.internal.embedding;

import java.util.ArrayList;
import java.util.List;

import io.kefu.nlu.Embedder;

/**
 * Several models read one text and their vectors are joined end to end: models trained on
 * different data notice different things, and a classifier over both separates intents that one
 * of them alone confuses. Each part is unit length and the whole is scaled by 1/√k, so the result
 * is unit length too and its dot product is the mean of the parts' cosine similarities.
 */
public final class ConcatenatedEmbedder implements Embedder {

    private final List<Embedder> parts;
    private final String id;
    private final int dimension;

    public ConcatenatedEmbedder(List<Embedder> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("at least one model is needed");
        }
        this.parts = List.copyOf(parts);
        this.id = joinedId(parts.stream().map(Embedder::id).toList());
        this.dimension = parts.stream().mapToInt(Embedder::dimension).sum();
    }

    /** The id of the joined model: the parts' ids in order, joined by {@code +}. */
    static String joinedId(List<String> partIds) {
        return String.join("+", partIds);
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
        List<List<float[]>> byPart = parts.stream().map(part -> part.embedAll(texts)).toList();
        float scale = (float) (1 / Math.sqrt(parts.size()));
        List<float[]> joined = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] vector = new float[dimension];
            int offset = 0;
            for (List<float[]> vectors : byPart) {
                float[] part = vectors.get(i);
                for (int j = 0; j < part.length; j++) {
                    vector[offset + j] = part[j] * scale;
                }
                offset += part.length;
            }
            joined.add(vector);
        }
        return joined;
    }
}
