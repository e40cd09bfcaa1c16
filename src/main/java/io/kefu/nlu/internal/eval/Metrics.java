package io.kefu.nlu.internal.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores of one evaluation, as in Larson et al. (2019) for out-of-scope detection: accuracy over
 * all texts, macro-F1 over all gold labels (out-of-scope counted as a label), in-scope accuracy
 * (rejecting an in-scope text counts as wrong), and out-of-scope precision and recall.
 */
public record Metrics(int n, double accuracy, double macroF1, double inScopeAccuracy, double outOfScopePrecision,
        double outOfScopeRecall) {

    /**
     * @param outOfScopeLabel the gold label of out-of-scope texts; predictions of out-of-scope use
     *                        the same label
     */
    public static Metrics of(List<String> gold, List<String> predicted, String outOfScopeLabel) {
        int n = gold.size();
        int correct = 0;
        int inScope = 0;
        int inScopeCorrect = 0;
        int oosGold = 0;
        int oosPredicted = 0;
        int oosBoth = 0;
        for (int i = 0; i < n; i++) {
            boolean right = gold.get(i).equals(predicted.get(i));
            correct += right ? 1 : 0;
            boolean goldOos = gold.get(i).equals(outOfScopeLabel);
            boolean predictedOos = predicted.get(i).equals(outOfScopeLabel);
            if (!goldOos) {
                inScope++;
                inScopeCorrect += right ? 1 : 0;
            }
            oosGold += goldOos ? 1 : 0;
            oosPredicted += predictedOos ? 1 : 0;
            oosBoth += goldOos && predictedOos ? 1 : 0;
        }
        return new Metrics(n, ratio(correct, n), macroF1(gold, predicted), ratio(inScopeCorrect, inScope),
                ratio(oosBoth, oosPredicted), ratio(oosBoth, oosGold));
    }

    private static double macroF1(List<String> gold, List<String> predicted) {
        Set<String> labels = new HashSet<>(gold);
        double sum = 0;
        for (String label : labels) {
            int truePositive = 0;
            int goldCount = 0;
            int predictedCount = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean isGold = gold.get(i).equals(label);
                boolean isPredicted = predicted.get(i).equals(label);
                goldCount += isGold ? 1 : 0;
                predictedCount += isPredicted ? 1 : 0;
                truePositive += isGold && isPredicted ? 1 : 0;
            }
            double precision = ratio(truePositive, predictedCount);
            double recall = ratio(truePositive, goldCount);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }

    /** 0 when there is nothing to divide (e.g. no out-of-scope texts at all). */
    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
