package io.kefu.nlu.internal.classify;

import java.util.List;

/**
 * Cosine similarity of a query to its nearest training examples, overall and per class. Unlike a
 * probability, which a linear model can make large far away from any training text, this says
 * whether anything like the query was ever seen — the strongest single sign of out-of-scope input.
 */
final class NearestNeighbours implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final float[] matrix;
    private final int[] labels;
    private final int dimension;
    private final int classes;

    NearestNeighbours(List<float[]> vectors, int[] labels, int classes) {
        this.dimension = vectors.isEmpty() ? 0 : vectors.getFirst().length;
        this.matrix = new float[vectors.size() * dimension];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, matrix, i * dimension, dimension);
        }
        this.labels = labels.clone();
        this.classes = classes;
    }

    /** The highest similarity per class ({@code -1} for a class without examples). */
    float[] bestPerClass(float[] query) {
        float[] best = new float[classes];
        java.util.Arrays.fill(best, -1f);
        for (int i = 0; i < labels.length; i++) {
            float dot = Vectors.dot(matrix, i * dimension, query, dimension);
            if (dot > best[labels[i]]) {
                best[labels[i]] = dot;
            }
        }
        return best;
    }
}
