package io.kefu.nlu.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.Understanding;
import io.kefu.nlu.Understanding.IntentScore;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.language.ScriptLanguageDetector;
import io.kefu.nlu.internal.embedding.LazyEmbedder;
import io.kefu.nlu.internal.embedding.MemoryVectorStore;

/**
 * The shipped training data with the real models: typical messages in both languages, several
 * requests in one message, and out-of-scope chit-chat.
 */
class BuiltInIntentsIT {

    static IntentUnderstanding understanding;

    @BeforeAll
    static void train() {
        Embeddings embeddings = new Embeddings(LazyEmbedder.chinese(), LazyEmbedder.english(), new MemoryVectorStore());
        IntentModels models = new IntentModels(new IntentTraining(embeddings, new ClassifierTrainer()),
                new IntentUnderstandingTests.InMemoryExamples(), ShippedExamples.load());
        understanding = new IntentUnderstanding(new ScriptLanguageDetector(), models, (text, language) -> Map.of());
    }

    @Test
    void understandsTypicalRequests() {
        assertThat(understanding.understand("我的快递到哪了").intent()).isIn("logistics", "order_status");
        assertThat(understanding.understand("我要退货").intent()).isEqualTo("return_request");
        assertThat(understanding.understand("转人工").intent()).isEqualTo("human_agent");
        assertThat(understanding.understand("can I get an invoice").intent()).isEqualTo("invoice");
        assertThat(understanding.understand("I want to cancel my order").intent()).isEqualTo("cancel_order");
    }

    @Test
    void findsTwoRequestsInOneMessage() {
        Understanding result = understanding.understand("查下物流，顺便开个发票");

        assertThat(result.intents()).extracting(IntentScore::name).contains("invoice");
        assertThat(result.intents()).extracting(IntentScore::name).containsAnyOf("logistics", "order_status");
    }

    @Test
    void rejectsChitChat() {
        List.of("今天天气怎么样", "给我讲个笑话", "who won the football game yesterday")
                .forEach(text -> assertThat(understanding.understand(text).intent())
                        .as(text).isEqualTo(Understanding.OUT_OF_SCOPE));
    }
}
