package io.kefu.nlu.internal.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained text classifier: a joint linear model over the sentence embedding and character
 * n-grams, temperature-calibrated, with nearest-neighbour evidence and a learned out-of-scope
 * rule. Built by {@link ClassifierTrainer}; immutable and thread-safe, a few milliseconds per
 * text at most (most of it the nearest-neighbour scan).
 */
public final class TextClassifier implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final int CANDIDATES = 5;

    private final List<String> labels;
    private final int outOfScopeClass;
    private final String outOfScopeLabel;
    private final NgramVocabulary vocabulary;
    private final DenseScaler scaler;
    private final SoftmaxRegression model;
    private final NearestNeighbours neighbours;
    private final double temperature;
    private final double neighbourWeight;
    private final RejectionRule rule;

    TextClassifier(List<String> labels, String outOfScopeLabel, NgramVocabulary vocabulary, DenseScaler scaler,
            SoftmaxRegression model, NearestNeighbours neighbours, double temperature, double neighbourWeight,
            RejectionRule rule) {
        this.labels = List.copyOf(labels);
        this.outOfScopeLabel = outOfScopeLabel;
        this.outOfScopeClass = labels.indexOf(outOfScopeLabel);
        this.vocabulary = vocabulary;
        this.scaler = scaler;
        this.model = model;
        this.neighbours = neighbours;
        this.temperature = temperature;
        this.neighbourWeight = neighbourWeight;
        this.rule = rule;
    }

    /** The labels this classifier can predict, the out-of-scope label included if trained with one. */
    public List<String> labels() {
        return labels;
    }

    public String outOfScopeLabel() {
        return outOfScopeLabel;
    }

    /**
     * Classifies one text given its embedding (from the same model the classifier was trained
     * with). Never returns null.
     */
    public Prediction classify(String text, float[] vector) {
        Evidence evidence = evidence(scores(text, vector, neighbourWeight != 0 || rule.readsNeighbours()), temperature,
                neighbourWeight);
        List<Prediction.Candidate> candidates = candidates(evidence.probabilities());
        if (rule.rejects(evidence)) {
            return new Prediction(outOfScopeLabel, Math.max(rule.outOfScopeScore(evidence), evidence.outOfScope()),
                    candidates, true);
        }
        return new Prediction(labels.get(evidence.top()), evidence.topProbability(), candidates, false);
    }

    /**
     * What calibration needs of one text, computed once: the linear model's logits, the
     * similarity to each class's nearest training example and the n-gram coverage. Evidence for
     * any temperature and neighbour weight follows from these without touching the text again.
     */
    record Scores(float[] logits, float[] nearest, float coverage) {
    }

    Scores scores(String text, float[] vector) {
        return scores(text, vector, neighbours.bestPerClass(vector));
    }

    /** @param nearest the similarity to each class's nearest training example, scanned by the caller */
    Scores scores(String text, float[] vector, float[] nearest) {
        SparseVector ngrams = vocabulary.vector(text);
        return new Scores(model.logits(scaler.apply(vector), ngrams), nearest, ngrams.coverage());
    }

    /**
     * @param readNeighbours false when neither the vote nor the rule reads the neighbours (an
     *                       emotion classifier, say): the scan over every training example is the
     *                       costliest step of classifying, so it is skipped and the similarities
     *                       are left at "nothing similar"
     */
    private Scores scores(String text, float[] vector, boolean readNeighbours) {
        if (readNeighbours) {
            return scores(text, vector);
        }
        float[] nothingSimilar = new float[labels.size()];
        java.util.Arrays.fill(nothingSimilar, -1f);
        return scores(text, vector, nothingSimilar);
    }

    /**
     * The linear model's logits plus {@code neighbourWeight} times the similarity to each class's
     * nearest training example: the nearest-neighbour vote corrects the linear model where one
     * close example says more than the averaged class direction.
     */
    static float[] combined(Scores scores, double neighbourWeight) {
        float[] logits = scores.logits().clone();
        if (neighbourWeight != 0) {
            for (int c = 0; c < logits.length; c++) {
                logits[c] += (float) (neighbourWeight * Math.max(0, scores.nearest()[c]));
            }
        }
        return logits;
    }

    TextClassifier recalibrated(double newTemperature, double newNeighbourWeight, RejectionRule newRule) {
        return new TextClassifier(labels, outOfScopeLabel, vocabulary, scaler, model, neighbours, newTemperature,
                newNeighbourWeight, newRule);
    }

    Evidence evidence(Scores scores, double withTemperature, double withNeighbourWeight) {
        float[] nearest = scores.nearest();
        double[] p = SoftmaxRegression.softmax(combined(scores, withNeighbourWeight), withTemperature);
        int top = -1;
        int second = -1;
        for (int c = 0; c < p.length; c++) {
            if (c == outOfScopeClass) {
                continue;
            }
            if (top < 0 || p[c] > p[top]) {
                second = top;
                top = c;
            } else if (second < 0 || p[c] > p[second]) {
                second = c;
            }
        }
        float nearestAny = -1;
        for (int c = 0; c < nearest.length; c++) {
            if (c != outOfScopeClass) {
                nearestAny = Math.max(nearestAny, nearest[c]);
            }
        }
        double oos = outOfScopeClass < 0 ? 0 : p[outOfScopeClass];
        return new Evidence(p, top, second, oos, nearestAny, nearest[top], scores.coverage());
    }

    private List<Prediction.Candidate> candidates(double[] p) {
        List<Prediction.Candidate> all = new ArrayList<>();
        for (int c = 0; c < p.length; c++) {
            if (c != outOfScopeClass) {
                all.add(new Prediction.Candidate(labels.get(c), p[c]));
            }
        }
        all.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return all.subList(0, Math.min(CANDIDATES, all.size()));
    }
}
