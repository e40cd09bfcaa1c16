package io.kefu.nlu.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TemperatureTests {

    @Test
    void softensAnOverconfidentModel() {
        // always very sure, right only 60% of the time: the fitted temperature must spread the mass
        List<float[]> logits = new ArrayList<>();
        int[] truth = new int[100];
        for (int i = 0; i < 100; i++) {
            logits.add(new float[] {10, 0});
            truth[i] = i < 60 ? 0 : 1;
        }

        double temperature = Temperature.fit(logits, truth);
        double confidence = SoftmaxRegression.softmax(new float[] {10, 0}, temperature)[0];

        assertThat(temperature).isGreaterThan(1);
        assertThat(confidence).isBetween(0.55, 0.65);
    }
}
