package io.kefu.knowledge.internal;

import java.util.List;

/**
 * A logistic regression on standardised features: the probability that a ranking's answer is
 * right. Fitted by plain gradient descent (a few thousand bank questions, a handful of features).
 *
 * @param mean    feature means the weights were fitted on
 * @param scale   feature standard deviations
 * @param weights one per feature, then the intercept
 */
record Logistic(double[] mean, double[] scale, double[] weights) {

    private static final double L2 = 1.0;
    private static final int ITERATIONS = 3000;
    private static final double LEARNING_RATE = 0.3;

    double probability(double[] features) {
        double z = weights[mean.length];
        for (int i = 0; i < mean.length; i++) {
            z += weights[i] * (features[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Fits the features ({@code x}, all of one length) to the labels. */
    static Logistic fit(List<double[]> x, List<Boolean> y) {
        int n = x.size();
        int f = x.getFirst().length;
        double[] mean = new double[f];
        double[] scale = new double[f];
        for (double[] row : x) {
            for (int j = 0; j < f; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < f; j++) {
                scale[j] += Math.pow(row[j] - mean[j], 2) / n;
            }
        }
        for (int j = 0; j < f; j++) {
            scale[j] = Math.sqrt(scale[j]) + 1e-9;
        }
        double[][] z = new double[n][f];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                z[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
            }
        }
        double[] w = new double[f + 1];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[f + 1];
            for (int i = 0; i < n; i++) {
                double s = w[f];
                for (int j = 0; j < f; j++) {
                    s += w[j] * z[i][j];
                }
                double error = 1 / (1 + Math.exp(-s)) - (y.get(i) ? 1 : 0);
                for (int j = 0; j < f; j++) {
                    gradient[j] += error * z[i][j] / n;
                }
                gradient[f] += error / n;
            }
            for (int j = 0; j < f; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] + L2 * w[j] / n);
            }
            w[f] -= LEARNING_RATE * gradient[f];
        }
        return new Logistic(mean, scale, w);
    }
}
