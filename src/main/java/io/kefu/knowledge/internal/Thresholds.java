package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the score threshold that best separates positives (at or above) from negatives (below). */
public final class Thresholds {

    private Thresholds() {
    }

    /** Best mean of the two recalls: fair when one side has far more examples than the other. */
    public static double balanced(List<Double> positives, List<Double> negatives) {
        return sweep(positives, negatives, true);
    }

    /** Best plain accuracy over all examples. */
    public static double accuracy(List<Double> positives, List<Double> negatives) {
        return sweep(positives, negatives, false);
    }

    private static double sweep(List<Double> positives, List<Double> negatives, boolean balanced) {
        record Scored(double score, boolean positive) {
        }
        List<Scored> all = new ArrayList<>();
        positives.forEach(s -> all.add(new Scored(s, true)));
        negatives.forEach(s -> all.add(new Scored(s, false)));
        if (all.isEmpty()) {
            return 0.5;
        }
        all.sort(Comparator.comparingDouble(Scored::score));
        double p = Math.max(1, positives.size());
        double n = Math.max(1, negatives.size());
        // threshold at all.get(i).score: negatives below index i are rejected, the rest accepted
        int negativesBelow = 0;
        int positivesBelow = 0;
        double best = -1;
        double bestThreshold = all.get(0).score();
        for (int i = 0; i < all.size(); i++) {
            if (i == 0 || all.get(i).score() != all.get(i - 1).score()) {
                double tpr = (positives.size() - positivesBelow) / p;
                double tnr = negativesBelow / n;
                double value = balanced ? (tpr + tnr) / 2 : (positives.size() - positivesBelow + negativesBelow) / (p + n);
                if (value > best) {
                    best = value;
                    bestThreshold = i == 0 ? all.get(0).score() : (all.get(i).score() + all.get(i - 1).score()) / 2;
                }
            }
            if (all.get(i).positive()) {
                positivesBelow++;
            }
            else {
                negativesBelow++;
            }
        }
        double tnrAll = negatives.size() / n;
        double value = balanced ? tnrAll / 2 : negatives.size() / (p + n);
        if (value > best) {
            bestThreshold = all.get(all.size() - 1).score() + 1e-6;
        }
        return bestThreshold;
    }
}
