package io.kefu.nlu.internal.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides whether a text is out of scope. The learned rule is a small logistic regression over
 * the {@link Evidence} (top probability, explicit out-of-scope probability, similarity to the
 * nearest training examples, margin, n-gram coverage) fitted on held-out data with out-of-scope
 * examples, and its threshold, chosen on cross-fitted scores of that data, is the one that
 * maximises twice the in-scope accuracy plus the out-of-scope recall on that data. Both are rates,
 * so the threshold does not depend on how many out-of-scope texts the held-out set happens to
 * contain; in-scope accuracy weighs double because
 * refusing a customer's real request costs more than missing small talk. But answering small talk
 * or another shop's question with an order status is a failure too: when the held-out data has
 * enough out-of-scope texts to measure it, the threshold must also reject at least a set share of
 * them (the recall floor, 90% by default). Immutable.
 */
final class RejectionRule implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] weights;
    private final double[] mean;
    private final double[] deviation;
    private final double threshold;
    private final boolean explicitOnly;

    private RejectionRule(double[] weights, double[] mean, double[] deviation, double threshold, boolean explicitOnly) {
        this.weights = weights;
        this.mean = mean;
        this.deviation = deviation;
        this.threshold = threshold;
        this.explicitOnly = explicitOnly;
    }

    /** Without held-out out-of-scope examples: reject only what the explicit class wins (if any). */
    static RejectionRule explicitClassOnly() {
        return new RejectionRule(null, null, null, 0.5, true);
    }

    double threshold() {
        return threshold;
    }

    /** Whether the rule weighs the similarity to training examples (the explicit class alone does not). */
    boolean readsNeighbours() {
        return !explicitOnly;
    }

    /** Probability-like score that the text is out of scope, 0..1. */
    double outOfScopeScore(Evidence evidence) {
        if (explicitOnly) {
            return evidence.explicitlyOutOfScope() ? Math.max(0.5, evidence.outOfScope())
                    : Math.min(0.49, evidence.outOfScope());
        }
        double[] f = evidence.features();
        for (int i = 0; i < f.length; i++) {
            f[i] = (f[i] - mean[i]) / deviation[i];
        }
        return score(weights, f);
    }

    /**
     * Rejects when the learned score reaches the threshold, and always when the explicit
     * out-of-scope class is more probable than any intent: a held-out set holds few out-of-scope
     * texts, too few for the learned weights to overrule what the model learnt from all of them.
     */
    boolean rejects(Evidence evidence) {
        return evidence.explicitlyOutOfScope() || outOfScopeScore(evidence) >= threshold;
    }

    /**
     * Fits the rule on held-out evidence.
     *
     * @param correct whether the classifier's top in-scope label is right (for in-scope texts)
     */
    static RejectionRule fit(List<Evidence> evidence, boolean[] outOfScope, boolean[] correct, double recallFloor) {
        int n = evidence.size();
        int features = evidence.getFirst().features().length;
        double[][] x = new double[n][];
        double[] mean = new double[features];
        double[] deviation = new double[features];
        for (int i = 0; i < n; i++) {
            x[i] = evidence.get(i).features();
            for (int j = 0; j < features; j++) {
                mean[j] += x[i][j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < features; j++) {
                deviation[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < features; j++) {
            deviation[j] = Math.sqrt(deviation[j]) + 1e-9;
            for (double[] row : x) {
                row[j] = (row[j] - mean[j]) / deviation[j];
            }
        }
        double[] weights = logisticRegression(x, outOfScope);
        boolean[] explicit = new boolean[n];
        for (int i = 0; i < n; i++) {
            explicit[i] = evidence.get(i).explicitlyOutOfScope();
        }
        double threshold = bestThreshold(crossFittedScores(x, outOfScope, weights), outOfScope, correct, explicit,
                recallFloor);
        return new RejectionRule(weights, mean, deviation, threshold, false);
    }

    private static final int FOLDS = 5;

    /**
     * Each held-out text's score from weights fitted without it (stratified folds). Scored by the
     * weights fitted on it, the held-out out-of-scope texts look easier to catch than new ones do,
     * and a threshold chosen on those scores lets more of the new ones through. With too few
     * out-of-scope texts to spread over the folds, the weights fitted on everything score them.
     */
    private static List<Double> crossFittedScores(double[][] x, boolean[] outOfScope, double[] allWeights) {
        int n = x.length;
        int[] fold = new int[n];
        int positives = 0;
        int negatives = 0;
        for (int i = 0; i < n; i++) {
            fold[i] = (outOfScope[i] ? positives++ : negatives++) % FOLDS;
        }
        Double[] scores = new Double[n];
        if (positives < 2 * FOLDS) {
            for (int i = 0; i < n; i++) {
                scores[i] = score(allWeights, x[i]);
            }
            return List.of(scores);
        }
        for (int f = 0; f < FOLDS; f++) {
            int current = f;
            int[] rest = java.util.stream.IntStream.range(0, n).filter(i -> fold[i] != current).toArray();
            double[][] restX = new double[rest.length][];
            boolean[] restY = new boolean[rest.length];
            for (int k = 0; k < rest.length; k++) {
                restX[k] = x[rest[k]];
                restY[k] = outOfScope[rest[k]];
            }
            double[] weights = logisticRegression(restX, restY);
            for (int i = 0; i < n; i++) {
                if (fold[i] == current) {
                    scores[i] = score(weights, x[i]);
                }
            }
        }
        return List.of(scores);
    }

    /** The logistic score of standardised features. */
    private static double score(double[] weights, double[] standardised) {
        double z = weights[standardised.length];
        for (int j = 0; j < standardised.length; j++) {
            z += weights[j] * standardised[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Class-balanced, lightly regularised, full-batch gradient descent: a handful of features. */
    private static final double IN_SCOPE_WEIGHT = 2;

    private static double[] logisticRegression(double[][] x, boolean[] y) {
        int n = x.length;
        int features = x[0].length;
        long positives = 0;
        for (boolean label : y) {
            positives += label ? 1 : 0;
        }
        double positiveWeight = n / (2.0 * Math.max(1, positives));
        double negativeWeight = n / (2.0 * Math.max(1, n - positives));
        double[] w = new double[features + 1];
        for (int iteration = 0; iteration < 2000; iteration++) {
            double[] gradient = new double[features + 1];
            for (int i = 0; i < n; i++) {
                double z = w[features];
                for (int j = 0; j < features; j++) {
                    z += w[j] * x[i][j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double error = (p - (y[i] ? 1 : 0)) * (y[i] ? positiveWeight : negativeWeight);
                for (int j = 0; j < features; j++) {
                    gradient[j] += error * x[i][j] / n;
                }
                gradient[features] += error / n;
            }
            for (int j = 0; j <= features; j++) {
                w[j] -= 0.5 * (gradient[j] + (j < features ? 1e-3 * w[j] : 0));
            }
        }
        return w;
    }

    /** Fewer held-out out-of-scope texts than this measure recall too coarsely to hold a floor to. */
    static final int TEXTS_TO_HOLD_A_RECALL_FLOOR = 20;

    /**
     * @param explicit texts the explicit out-of-scope class rejects whatever the threshold
     */
    private static double bestThreshold(List<Double> scores, boolean[] outOfScope, boolean[] correct,
            boolean[] explicit, double recallFloor) {
        int n = scores.size();
        int inScope = 0;
        int correctInScope = 0;
        int oos = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
            if (outOfScope[i]) {
                oos++;
            } else {
                inScope++;
                correctInScope += correct[i] ? 1 : 0;
            }
        }
        order.sort(Comparator.comparing(scores::get));
        // sweep the threshold upward: each step accepts one more text
        double best = 1.0 + 1e-9;
        int acceptedCorrect = 0;
        int acceptedOos = 0;
        double bestValue = -1;
        if (oos > 0) {
            bestValue = 1.0; // reject all: in-scope accuracy 0, out-of-scope recall 1
            best = scores.get(order.getFirst());
        }
        double floor = oos >= TEXTS_TO_HOLD_A_RECALL_FLOOR ? recallFloor : 0;
        for (int k = 0; k < n; k++) {
            int i = order.get(k);
            if (explicit[i]) {
                // rejected by the explicit class at any threshold
            } else if (outOfScope[i]) {
                acceptedOos++;
            } else if (correct[i]) {
                acceptedCorrect++;
            }
            if (k + 1 < n && scores.get(order.get(k + 1)).equals(scores.get(i))) {
                continue;
            }
            if (oos > 0 && (oos - acceptedOos) / (double) oos < floor) {
                break; // accepting more only lets more out-of-scope texts through
            }
            double value = IN_SCOPE_WEIGHT * acceptedCorrect / (double) Math.max(1, inScope)
                    + (oos == 0 ? 0 : (oos - acceptedOos) / (double) oos);
            if (value > bestValue) {
                bestValue = value;
                best = k + 1 < n ? (scores.get(i) + scores.get(order.get(k + 1))) / 2 : scores.get(i) + 1e-9;
            }
        }
        return best;
    }
}
