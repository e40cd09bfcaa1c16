package io.kefu.nlu.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.FakeEmbedder;
import io.kefu.nlu.InvalidExamplesException;
import io.kefu.nlu.InvalidExamplesException.FieldError;
import io.kefu.nlu.internal.IntentUnderstandingTests.InMemoryExamples;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.embedding.MemoryVectorStore;

class ExampleImportTests {

    private final InMemoryExamples stored = new InMemoryExamples();
    private final Embeddings embeddings = new Embeddings(new FakeEmbedder(), new FakeEmbedder("en", 16),
            new MemoryVectorStore());
    private final IntentModels models = new IntentModels(new IntentTraining(embeddings, new ClassifierTrainer()),
            stored, TrainingSamples.chinese());
    private final ExampleImport exampleImport = new ExampleImport(stored, models);

    @Test
    void storesValidExamplesAndRetrains() {
        IntentModel before = models.current();

        int count = exampleImport.upsert(List.of(new IntentExample(" 积分怎么用 ", "points", "zh")));

        assertThat(count).isEqualTo(1);
        assertThat(stored.all()).containsExactly(new IntentExample("积分怎么用", "points", "zh"));
        assertThat(models.current()).isNotSameAs(before);
    }

    @Test
    void rejectsTheWholeRequestNamingEachBadField() {
        List<IntentExample> request = List.of(new IntentExample("ok", "points", "zh"),
                new IntentExample("", "Bad Intent", "fr"));

        assertThatThrownBy(() -> exampleImport.upsert(request))
                .isInstanceOfSatisfying(InvalidExamplesException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(422);
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("[1].text", "[1].intent", "[1].language");
                });
        assertThat(stored.all()).isEmpty();
    }
}
