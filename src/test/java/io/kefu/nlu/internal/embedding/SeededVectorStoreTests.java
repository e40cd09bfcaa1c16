package io.kefu.nlu.internal.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeededVectorStoreTests {

    @Test
    void halfPrecisionKeepsVectorsCloseEnough() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SeededVectorStore.writeHalfPrecision(out, List.of("a"), List.of(new float[] {0.123456f, -0.5f}));

        // 16 + 2 bytes of key and dimension, 2 bytes per value
        assertThat(out.size()).isEqualTo(22);
    }

    @Test
    void theRuntimeCacheComesFirst() {
        MemoryVectorStore memory = new MemoryVectorStore();
        SeededVectorStore store = new SeededVectorStore(memory);
        store.putAll("no-such-model", List.of("x"), List.of(new float[] {1f}));

        assertThat(store.get("no-such-model", "x")[0]).isCloseTo(1f, within(1e-6f));
        assertThat(store.get("no-such-model", "y")).isNull();
    }
}
