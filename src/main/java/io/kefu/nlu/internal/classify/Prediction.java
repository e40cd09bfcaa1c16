package io.kefu.nlu.internal.classify;

import java.util.List;

/**
 * What a {@link TextClassifier} decided for one text.
 *
 * @param label      the best label, or the classifier's out-of-scope label when the text was
 *                   rejected
 * @param confidence calibrated probability that {@code label} is right
 * @param candidates in-scope labels with calibrated probabilities, best first (at most a few)
 */
public record Prediction(String label, double confidence, List<Candidate> candidates, boolean outOfScope) {

    public Prediction {
        candidates = List.copyOf(candidates);
    }

    public record Candidate(String label, double probability) {
    }
}
