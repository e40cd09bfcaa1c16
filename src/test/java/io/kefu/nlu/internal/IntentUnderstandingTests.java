package io.kefu.nlu.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.FakeEmbedder;
import io.kefu.nlu.Understanding;
import io.kefu.nlu.Understanding.IntentScore;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.embedding.MemoryVectorStore;

class IntentUnderstandingTests {

    private final Embeddings embeddings = new Embeddings(new FakeEmbedder("zh", 64), new FakeEmbedder("en", 32),
            new MemoryVectorStore());
    private final InMemoryExamples merchant = new InMemoryExamples();
    private final IntentModels models = new IntentModels(new IntentTraining(embeddings, new ClassifierTrainer()),
            merchant, TrainingSamples.chinese());
    private final IntentUnderstanding understanding = new IntentUnderstanding(new io.kefu.nlu.internal.language.ScriptLanguageDetector(), models,
            (text, language) -> Map.of("seen", text));

    @Test
    void understandsOneRequest() {
        Understanding result = understanding.understand("帮我查查物流到哪了");

        assertThat(result.language()).isEqualTo("zh");
        assertThat(result.intent()).isEqualTo("logistics");
        assertThat(result.confidence()).isBetween(0.0, 1.0);
        assertThat(result.intents()).isNotEmpty();
        assertThat(result.entities()).containsEntry("seen", "帮我查查物流到哪了");
    }

    @Test
    void findsEveryRequestOfAMessageThatAsksTwoThings() {
        Understanding result = understanding.understand("查下物流，顺便开个发票");

        assertThat(result.intents()).extracting(IntentScore::name).contains("logistics", "invoice");
        assertThat(result.intents()).allSatisfy(score -> assertThat(score.confidence()).isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void reportsOutOfScopeInsteadOfGuessing() {
        assertThat(understanding.understand("明天天气怎么样").intent()).isEqualTo(Understanding.OUT_OF_SCOPE);
        assertThat(understanding.understand("   ").intent()).isEqualTo(Understanding.OUT_OF_SCOPE);
    }

    @Test
    void merchantExamplesTakeEffectAfterRetraining() {
        assertThat(understanding.understand("积分怎么兑换").intent()).isNotEqualTo("points");

        merchant.upsert(List.of(new IntentExample("积分怎么兑换", "points", "zh"),
                new IntentExample("积分兑换", "points", "zh"), new IntentExample("我的积分", "points", "zh"),
                new IntentExample("积分有什么用", "points", "zh"), new IntentExample("查积分", "points", "zh")));
        models.retrain();

        assertThat(understanding.understand("积分怎么兑换").intent()).isEqualTo("points");
    }

    /** The merchant example table without a database. */
    static final class InMemoryExamples extends MerchantExamples {

        private final java.util.List<IntentExample> stored = new java.util.ArrayList<>();

        InMemoryExamples() {
            super(null);
        }

        @Override
        public synchronized List<IntentExample> all() {
            return List.copyOf(stored);
        }

        @Override
        public synchronized int upsert(List<IntentExample> examples) {
            stored.addAll(examples);
            return examples.size();
        }
    }
}
