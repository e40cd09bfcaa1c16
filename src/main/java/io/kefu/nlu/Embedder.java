package io.kefu.nlu;

import java.util.List;

/**
 * One sentence-embedding model. Implementations are thread-safe and return L2-normalised vectors
 * of {@link #dimension()} floats, so the dot product of two vectors is their cosine similarity.
 */
public interface Embedder {

    /** A stable name of the model; part of the key of cached vectors. */
    String id();

    int dimension();

    /** One vector per text, in order; never null. */
    List<float[]> embedAll(List<String> texts);
}
