package io.kefu.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.commerce.StoreSettings;
import io.kefu.dialogue.IntentCatalogue;

/**
 * The figures of the README on 600 labelled generated histories ({@link LabelledHistories}): how
 * well the dispute-risk score ranks the conversations that did end in a dispute (AUROC), and how
 * far the predicted rating is from the actual one (mean absolute error), calibrated on the first
 * half and measured on the second. Printed as {@code EVAL …} lines.
 */
class InsightEvaluationTests {

    private static final List<LabelledHistories.Case> CASES = LabelledHistories.generate(600, 21);

    @Test
    void disputeRiskRanksDisputesFirst() {
        RiskScoring scoring = new RiskScoring(new IntentCatalogue(), StoreSettings.DEFAULTS, LabelledHistories.NOW);
        double[] scores = CASES.stream().mapToDouble(c -> scoring.assess(c.conversation(), c.history(), c.orders(), c.vip()).score()).toArray();
        boolean[] labels = new boolean[CASES.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = CASES.get(i).dispute();
        }
        double auroc = auroc(scores, labels);
        System.out.printf("EVAL at-risk cases=%d disputes=%d AUROC=%.3f%n", CASES.size(), CASES.stream().filter(LabelledHistories.Case::dispute)
            .count(), auroc);
        assertThat(auroc).isGreaterThan(0.8);
    }

    @Test
    void predictedSatisfactionIsCloseToTheActualRating() {
        List<Transcript> calibration = CASES.subList(0, 300).stream().map(LabelledHistories.Case::conversation).toList();
        List<Transcript> held = CASES.subList(300, 600).stream().map(LabelledHistories.Case::conversation).toList();
        double prior = mae(SatisfactionPrediction.prior(), held);
        double calibrated = mae(SatisfactionPrediction.calibrated(calibration), held);
        double mean = calibration.stream().mapToInt(Transcript::rating).average().orElse(0);
        double baseline = held.stream().mapToDouble(t -> Math.abs(t.rating() - mean)).average().orElse(0);
        System.out.printf("EVAL csat held-out=%d MAE prior=%.3f calibrated=%.3f always-the-mean=%.3f%n", held.size(), prior, calibrated, baseline);
        assertThat(calibrated).isLessThan(baseline).isLessThan(1.0);
    }

    private static double mae(SatisfactionPrediction prediction, List<Transcript> transcripts) {
        return transcripts.stream().mapToDouble(t -> Math.abs(prediction.predict(t) - t.rating())).average().orElse(0);
    }

    /** The chance that a random dispute scores above a random non-dispute (ties count half). */
    static double auroc(double[] scores, boolean[] positive) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (positive[i] && !positive[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? 0.5 : wins / pairs;
    }
}
