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

        RejectionRule rule = RejectionRule.fit(evidence, oos, correct);

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
}
