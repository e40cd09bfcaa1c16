package io.kefu.nlu.internal.classify;

import java.util.List;

/**
 * Temperature scaling: one number that divides the logits so that the held-out negative
 * log-likelihood is smallest. It keeps the ranking and makes "0.9" mean right nine times in ten.
 */
final class Temperature {

    private Temperature() {
    }

    /** Labels of -1 (unknown to the model) are ignored. */
    static double fit(List<float[]> logits, int[] truth) {
        double low = Math.log(0.05);
        double high = Math.log(20);
        double golden = (Math.sqrt(5) - 1) / 2;
        for (int iteration = 0; iteration < 60; iteration++) {
            double a = high - golden * (high - low);
            double b = low + golden * (high - low);
            if (loss(logits, truth, Math.exp(a)) < loss(logits, truth, Math.exp(b))) {
                high = b;
            } else {
                low = a;
            }
        }
        return Math.exp((low + high) / 2);
    }

    private static double loss(List<float[]> logits, int[] truth, double temperature) {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] >= 0) {
                sum -= Math.log(SoftmaxRegression.softmax(logits.get(i), temperature)[truth[i]] + 1e-12);
            }
        }
        return sum;
    }
}
