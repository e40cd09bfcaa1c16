package io.kefu.nlu.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RejectionRuleTests {

    private static Evidence evidence(double top, float nearest) {
        return new Evidence(new double[] {top, 1 - top}, 0, 1, 0, nearest, nearest, 1f);
    }

    @Test
    void learnsToRejectTextFarFromTheTrainingData() {
        Random random = new Random(1);
        List<Evidence> evidence = new ArrayList<>();
        List<Boolean> outOfScope = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean oos = i % 4 == 0;
            float nearest = (float) (oos ? 0.4 + 0.2 * random.nextDouble() : 0.7 + 0.3 * random.nextDouble());
            evidence.add(evidence(0.5 + 0.5 * random.nextDouble(), nearest));
            outOfScope.add(oos);
        }
        boolean[] oos = new boolean[evidence.size()];
        boolean[] correct = new boolean[evidence.size()];
        for (int i = 0; i < oos.length; i++) {
            oos[i] = outOfScope.get(i);
            correct[i] = true;
        }

        RejectionRule rule = RejectionRule.fit(evidence, oos, correct, 0.9);

        assertThat(rule.rejects(evidence(0.9, 0.45f))).isTrue();
        assertThat(rule.rejects(evidence(0.9, 0.9f))).isFalse();
        assertThat(rule.outOfScopeScore(evidence(0.9, 0.3f))).isGreaterThan(rule.outOfScopeScore(evidence(0.9, 0.8f)));
    }

    @Test
    void withoutHeldOutOutOfScopeOnlyTheExplicitClassRejects() {
        RejectionRule rule = RejectionRule.explicitClassOnly();
        Evidence explicit = new Evidence(new double[] {0.3, 0.7}, 0, -1, 0.7, 0.9f, 0.9f, 1f);

        assertThat(rule.rejects(explicit)).isTrue();
        assertThat(rule.rejects(evidence(0.9, 0.1f))).isFalse();
    }

    /** In-scope texts near the training data, out-of-scope ones spread across it: the two overlap. */
    private record HeldOut(List<Evidence> evidence, boolean[] outOfScope, boolean[] correct) {

        static HeldOut overlapping(int inScope, int outOfScope) {
            return overlapping(inScope, outOfScope, 3);
        }

        static HeldOut overlapping(int inScope, int outOfScope, long seed) {
            Random random = new Random(seed);
            List<Evidence> evidence = new ArrayList<>();
            int n = inScope + outOfScope;
            boolean[] oos = new boolean[n];
            boolean[] correct = new boolean[n];
            for (int i = 0; i < n; i++) {
                oos[i] = i >= inScope;
                correct[i] = true;
                float nearest = (float) (oos[i] ? 0.3 + 0.6 * random.nextDouble() : 0.6 + 0.4 * random.nextDouble());
                evidence.add(RejectionRuleTests.evidence(0.9, nearest));
            }
            return new HeldOut(evidence, oos, correct);
        }

        double recall(RejectionRule rule) {
            int rejected = 0;
            int all = 0;
            for (int i = 0; i < outOfScope.length; i++) {
                if (outOfScope[i]) {
                    all++;
                    rejected += rule.rejects(evidence.get(i)) ? 1 : 0;
                }
            }
            return rejected / (double) all;
        }

        long refusedInScope(RejectionRule rule) {
            return java.util.stream.IntStream.range(0, outOfScope.length)
                    .filter(i -> !outOfScope[i] && rule.rejects(evidence.get(i))).count();
        }
    }

    @Test
    void rejectsAtLeastTheFloorOfHeldOutOutOfScopeTexts() {
        HeldOut heldOut = HeldOut.overlapping(300, 100);

        RejectionRule withoutFloor = RejectionRule.fit(heldOut.evidence(), heldOut.outOfScope(), heldOut.correct(), 0);
        RejectionRule withFloor = RejectionRule.fit(heldOut.evidence(), heldOut.outOfScope(), heldOut.correct(), 0.9);

        HeldOut fresh = HeldOut.overlapping(3000, 1000, 4);
        assertThat(fresh.recall(withoutFloor)).isLessThan(0.85);
        // the floor is held on cross-fitted scores, so new texts are rejected about as often
        assertThat(fresh.recall(withFloor)).isGreaterThan(0.85);
    }

    @Test
    void aFewHeldOutOutOfScopeTextsAreTooFewToHoldAFloorTo() {
        HeldOut heldOut = HeldOut.overlapping(300, RejectionRule.TEXTS_TO_HOLD_A_RECALL_FLOOR - 1);

        RejectionRule withoutFloor = RejectionRule.fit(heldOut.evidence(), heldOut.outOfScope(), heldOut.correct(), 0);
        RejectionRule withFloor = RejectionRule.fit(heldOut.evidence(), heldOut.outOfScope(), heldOut.correct(), 0.9);

        assertThat(withFloor.threshold()).isEqualTo(withoutFloor.threshold());
    }

    @Test
    void textsTheExplicitClassRejectsCountAsRejectedAtAnyThreshold() {
        HeldOut heldOut = HeldOut.overlapping(300, 100);
        List<Evidence> evidence = new ArrayList<>(heldOut.evidence());
        for (int i = 300; i < 400; i += 2) {
            Evidence e = evidence.get(i);
            evidence.set(i, new Evidence(new double[] {0.3, 0.7}, 0, -1, 0.7, e.nearest(), e.nearestOfTop(), 1f));
        }
        HeldOut halfExplicit = new HeldOut(evidence, heldOut.outOfScope(), heldOut.correct());

        RejectionRule rule = RejectionRule.fit(evidence, heldOut.outOfScope(), heldOut.correct(), 0.9);

        // half the out-of-scope texts are already caught by the explicit class: holding the floor
        // then costs fewer in-scope texts than when the learned rule has to catch them all
        assertThat(halfExplicit.recall(rule)).isGreaterThanOrEqualTo(0.9);
        assertThat(halfExplicit.refusedInScope(rule)).isLessThan(
                heldOut.refusedInScope(RejectionRule.fit(heldOut.evidence(), heldOut.outOfScope(), heldOut.correct(), 0.9)));
    }
}
