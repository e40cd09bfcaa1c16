package io.kefu.nlu.internal.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.FakeEmbedder;

class ConcatenatedEmbedderTests {

    private final FakeEmbedder first = new FakeEmbedder("first", 8);
    private final FakeEmbedder second = new FakeEmbedder("second", 4);
    private final ConcatenatedEmbedder both = new ConcatenatedEmbedder(List.of(first, second));

    @Test
    void namesAndSizesItselfAfterItsParts() {
        assertThat(both.id()).isEqualTo("first+second");
        assertThat(both.dimension()).isEqualTo(12);
    }

    @Test
    void joinsThePartsInOrderAsOneUnitVector() {
        List<String> texts = List.of("where is my parcel", "退货");
        List<float[]> joined = both.embedAll(texts);
        float[] a = first.embedAll(texts).get(1);
        float[] b = second.embedAll(texts).get(1);

        float[] vector = joined.get(1);
        float scale = (float) (1 / Math.sqrt(2));
        assertThat(vector).hasSize(12);
        assertThat(vector[0]).isCloseTo(a[0] * scale, offset(1e-6f));
        assertThat(vector[8]).isCloseTo(b[0] * scale, offset(1e-6f));
        assertThat(dot(vector, vector)).isCloseTo(1f, offset(1e-5f));
    }

    @Test
    void theSimilarityOfTwoTextsIsTheMeanOfThePartsSimilarities() {
        List<String> texts = List.of("where is my parcel", "where is my package");
        List<float[]> joined = both.embedAll(texts);
        List<float[]> a = first.embedAll(texts);
        List<float[]> b = second.embedAll(texts);

        assertThat(dot(joined.get(0), joined.get(1)))
                .isCloseTo((dot(a.get(0), a.get(1)) + dot(b.get(0), b.get(1))) / 2, offset(1e-5f));
    }

    @Test
    void needsAtLeastOnePart() {
        assertThatThrownBy(() -> new ConcatenatedEmbedder(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
