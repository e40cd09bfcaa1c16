package io.kefu.nlu.internal.classify;

import java.util.List;

/**
 * Centres each embedding dimension and scales it to unit variance (over the training vectors),
 * so the linear model learns with one learning rate whatever the embedding model's value range.
 */
final class DenseScaler implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final float[] mean;
    private final float[] inverseDeviation;
    private final float weight;

    private DenseScaler(float[] mean, float[] inverseDeviation, float weight) {
        this.mean = mean;
        this.inverseDeviation = inverseDeviation;
        this.weight = weight;
    }

    static DenseScaler fit(List<float[]> vectors, float weight) {
        int d = vectors.getFirst().length;
        double[] sum = new double[d];
        double[] squares = new double[d];
        for (float[] v : vectors) {
            for (int j = 0; j < d; j++) {
                sum[j] += v[j];
                squares[j] += (double) v[j] * v[j];
            }
        }
        float[] mean = new float[d];
        float[] inverse = new float[d];
        int n = vectors.size();
        for (int j = 0; j < d; j++) {
            mean[j] = (float) (sum[j] / n);
            double variance = Math.max(squares[j] / n - mean[j] * (double) mean[j], 1e-8);
            inverse[j] = (float) (1 / Math.sqrt(variance));
        }
        return new DenseScaler(mean, inverse, weight);
    }

    float[] apply(float[] vector) {
        float[] scaled = new float[vector.length];
        for (int j = 0; j < vector.length; j++) {
            scaled[j] = (vector[j] - mean[j]) * inverseDeviation[j] * weight;
        }
        return scaled;
    }
}
