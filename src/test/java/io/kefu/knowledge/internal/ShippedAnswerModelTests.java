package io.kefu.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.internal.embedding.FileVectorStore;
import io.kefu.nlu.internal.embedding.LazyEmbedder;

class ShippedAnswerModelTests {

    @Test
    void theJarShipsTheAnswerModelOfTheCurrentBankAndModels() {
        // naming the models loads neither
        TextVectors vectors = new NluTextVectors(new Embeddings(LazyEmbedder.chinese(), LazyEmbedder.english(),
                new FileVectorStore(java.nio.file.Path.of("target", "unused-vectors"))));
        String name = MatchModels.fileName(vectors, MatchModelTraining.WRONG_ANSWERS);

        assertThat(MatchModels.shipped(name)).as("%s%s: run ShippedAnswerModel after editing the bank", MatchModels.SHIPPED, name).isNotNull();
        assertThat(MatchModels.shipped("answer-model-000000000000000000000000-30.json")).isNull();
    }
}
