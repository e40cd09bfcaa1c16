package io.kefu.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.internal.embedding.MemoryVectorStore;

class EmbeddingsTests {

    private final FakeEmbedder chinese = new FakeEmbedder("zh", 32);
    private final FakeEmbedder english = new FakeEmbedder("en", 16);
    private final Embeddings embeddings = new Embeddings(chinese, english, new MemoryVectorStore());

    @Test
    void picksTheModelByLanguage() {
        assertThat(embeddings.embed("你好", "zh")).hasSize(32);
        assertThat(embeddings.embed("hello 你好", "mixed")).hasSize(32);
        assertThat(embeddings.embed("hello", "en")).hasSize(16);
    }

    @Test
    void embedsEachDistinctTextOnce() {
        List<float[]> vectors = embeddings.embedAll(List.of("a b", "c d", "a b"), "en");
        embeddings.embedAll(List.of("c d", "e f"), "en");

        assertThat(vectors).hasSize(3);
        assertThat(vectors.get(0)).isEqualTo(vectors.get(2));
        assertThat(english.embedded()).isEqualTo(3);
    }
}
