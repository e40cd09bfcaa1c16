package io.kefu.nlu.internal.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.Embedder;

/**
 * The real ONNX models: dimensions, normalisation, and that meaning (not just characters) is
 * captured.
 */
class OnnxEmbedderIT {

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Test
    void chineseModelEmbedsMeaning() {
        Embedder chinese = OnnxEmbedder.chinese();
        List<float[]> v = chinese.embedAll(List.of("我的快递到哪了", "包裹什么时候送到", "今天天气怎么样"));

        assertThat(v.getFirst()).hasSize(512);
        assertThat(dot(v.get(0), v.get(0))).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)));
    }

    @Test
    void englishModelEmbedsMeaningAndBatchesMatchSingles() {
        Embedder english = OnnxEmbedder.english();
        List<float[]> batch = english.embedAll(List.of("where is my parcel", "when will my package arrive",
                "tell me a joke"));
        float[] single = english.embedAll(List.of("where is my parcel")).getFirst();

        assertThat(batch.getFirst()).hasSize(768);
        assertThat(dot(batch.getFirst(), batch.getFirst())).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-3f));
        assertThat(dot(batch.get(0), batch.get(1))).isGreaterThan(dot(batch.get(0), batch.get(2)));
        assertThat(dot(batch.getFirst(), single)).isGreaterThan(0.999f);
    }
}
