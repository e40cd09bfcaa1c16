package io.kefu.nlu.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.LanguageUnderstanding;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.embedding.FileVectorStore;
import io.kefu.nlu.internal.embedding.LazyEmbedder;
import io.kefu.nlu.internal.embedding.SeededVectorStore;
import io.kefu.nlu.internal.spelling.KnownWords;
import io.kefu.platform.AfterStartup;
import io.kefu.platform.Readiness;

/**
 * Wires the NLU module. Both embedding models load in the background once the service is up,
 * vectors are cached under {@code ${kefu.data-dir}/nlu/vectors} (seeded from vectors shipped in
 * the jar), and the intent model comes from the trained-model cache ({@code nlu/models}) or, on a
 * first start, trains in the background once the models are loaded. The node is not
 * {@link Readiness ready} before both embedding models and the intent model are. Language
 * detection and entity extraction come from their own configurations.
 */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Embeddings embeddings(@Value("${kefu.data-dir:./data}") Path dataDirectory, AfterStartup afterStartup,
            Readiness readiness) {
        // Loading the two ONNX models takes seconds of CPU: they load one after the other on a
        // background thread once the service is up, and a text that needs a model before then
        // waits for it. Start-up itself needs none: the shipped texts' vectors come seeded.
        LazyEmbedder chinese = LazyEmbedder.chinese();
        LazyEmbedder english = LazyEmbedder.english();
        afterStartup.prepare("embedding-model-loader", () -> {
            chinese.preload();
            english.preload();
        });
        readiness.register("embedding-model-zh", chinese.loaded());
        readiness.register("embedding-model-en", english.loaded());
        return new Embeddings(chinese, english,
                new SeededVectorStore(new FileVectorStore(dataDirectory.resolve("nlu").resolve("vectors"))));
    }

    @Bean
    ClassifierTrainer classifierTrainer() {
        return new ClassifierTrainer();
    }

    @Bean
    MerchantExamples merchantExamples(JdbcClient jdbc) {
        return new MerchantExamples(jdbc);
    }

    @Bean
    TrainedModelCache trainedModelCache(@Value("${kefu.data-dir:./data}") Path dataDirectory) {
        return new TrainedModelCache(dataDirectory.resolve("nlu").resolve("models"));
    }

    @Bean
    IntentModels intentModels(Embeddings embeddings, ClassifierTrainer trainer, MerchantExamples merchantExamples,
            TrainedModelCache cache, AfterStartup afterStartup, Readiness readiness) {
        IntentModels models = new IntentModels(new IntentTraining(embeddings, trainer), merchantExamples,
                ShippedExamples.load(), cache, embeddings, afterStartup.executor("intent-training"));
        readiness.register("intent-model", models.ready());
        return models;
    }

    @Bean
    ExampleImport exampleImport(MerchantExamples merchantExamples, IntentModels models) {
        return new ExampleImport(merchantExamples, models);
    }

    @Bean
    LanguageUnderstanding languageUnderstanding(LanguageDetection languageDetection, IntentModels models,
            EntityExtraction entityExtraction, StoreVocabulary store) {
        KnownWords known = new KnownWords(ShippedExamples.load().stream().map(IntentExample::text).toList(), store::words);
        return new IntentUnderstanding(languageDetection, models, entityExtraction, known);
    }
}
