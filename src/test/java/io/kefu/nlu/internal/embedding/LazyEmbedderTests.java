package io.kefu.nlu.internal.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.FakeEmbedder;

class LazyEmbedderTests {

    @Test
    void refusesAModelOtherThanTheOneItPromised() {
        // cached vectors are keyed by the promised id: another model's vectors must never mix in
        LazyEmbedder lazy = new LazyEmbedder("expected", 8, () -> new FakeEmbedder("other", 8));

        assertThatThrownBy(() -> lazy.embedAll(List.of("hi"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected").hasMessageContaining("other");
    }

    @Test
    void loadsThePromisedModelOnFirstUse() {
        FakeEmbedder real = new FakeEmbedder("model", 8);
        LazyEmbedder lazy = new LazyEmbedder("model", 8, () -> real);

        assertThat(real.embedded()).isZero();
        assertThat(lazy.embedAll(List.of("hi", "你好"))).hasSize(2);
        assertThat(real.embedded()).isEqualTo(2);
    }
}
