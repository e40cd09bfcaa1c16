package io.kefu.nlu.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsTests {

    @Test
    void computesAccuracyMacroF1AndOutOfScopeScores() {
        List<String> gold = List.of("a", "a", "b", "oos", "oos");
        List<String> predicted = List.of("a", "oos", "b", "oos", "a");

        Metrics metrics = Metrics.of(gold, predicted, "oos");

        assertThat(metrics.n()).isEqualTo(5);
        assertThat(metrics.accuracy()).isCloseTo(0.6, within(1e-9));
        assertThat(metrics.inScopeAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(metrics.outOfScopePrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(metrics.outOfScopeRecall()).isCloseTo(0.5, within(1e-9));
        // F1: a = 2*(1/2*1/2)/(1) = 0.5, b = 1, oos = 0.5
        assertThat(metrics.macroF1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void withoutOutOfScopeTextsItsScoresAreZero() {
        Metrics metrics = Metrics.of(List.of("a", "b"), List.of("a", "a"), "oos");

        assertThat(metrics.accuracy()).isEqualTo(0.5);
        assertThat(metrics.outOfScopeRecall()).isZero();
        assertThat(metrics.outOfScopePrecision()).isZero();
    }
}
