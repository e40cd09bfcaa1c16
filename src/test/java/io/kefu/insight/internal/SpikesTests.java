package io.kefu.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The spike test is the exact conditional binomial test: known p-values, and the minimum count. */
class SpikesTests {

    @Test
    void pValuesAreTheBinomialTail() {
        assertThat(Spikes.pValue(5, 0)).isCloseTo(1 / 32.0, within(1e-12));
        assertThat(Spikes.pValue(10, 0)).isCloseTo(1 / 1024.0, within(1e-12));
        assertThat(Spikes.pValue(0, 0)).isEqualTo(1.0);
        // 2 of 3 or more: (3 + 1) / 8
        assertThat(Spikes.pValue(2, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(Spikes.pValue(3000, 3000)).isBetween(0.49, 0.52);
    }

    @Test
    void aJumpWellAboveItsBaselineSpikesAndNoiseDoesNot() {
        assertThat(Spikes.spikes(20, 4, 0.01, 5)).as("4 → 20").isTrue();
        assertThat(Spikes.spikes(12, 9, 0.01, 5)).as("9 → 12 is noise").isFalse();
        assertThat(Spikes.spikes(4, 0, 0.01, 5)).as("too few to alarm").isFalse();
        assertThat(Spikes.spikes(7, 0, 0.01, 5)).as("0 → 7: p = 1/128").isTrue();
        assertThat(Spikes.spikes(3, 10, 0.01, 5)).as("a drop").isFalse();
    }
}
