package io.kefu.nlu.internal;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kefu.nlu.Embedder;
import io.kefu.nlu.Embeddings;
import io.kefu.nlu.LanguageUnderstanding;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.embedding.FileVectorStore;
import io.kefu.nlu.internal.embedding.OnnxEmbedder;
import io.kefu.nlu.internal.embedding.SeededVectorStore;
import io.kefu.nlu.internal.embedding.Workers;

/**
 * Wires the NLU module. Both embedding models load in parallel, vectors are cached under
 * {@code ${kefu.data-dir}/nlu/vectors} (seeded from vectors shipped in the jar), and the intent
 * model comes from the trained-model cache or, on a first start, trains in the background while a
 * nearest-example model answers. Language detection and entity extraction come from their own
 * configurations.
 */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Embeddings embeddings(@Value("${kefu.data-dir:./data}") Path dataDirectory) {
        ExecutorService loader = Workers.pool("embedding-model-loader", 1);
        try {
            Future<Embedder> chinese = loader.submit(OnnxEmbedder::chinese);
            Embedder english = OnnxEmbedder.english();
            return new Embeddings(join(chinese), english,
                    new SeededVectorStore(new FileVectorStore(dataDirectory.resolve("nlu").resolve("vectors"))));
        } finally {
            loader.shutdown();
        }
    }

    private static Embedder join(Future<Embedder> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the embedding model", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot load the embedding model", e.getCause());
        }
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
    IntentModels intentModels(Embeddings embeddings, ClassifierTrainer trainer, MerchantExamples merchantExamples,
            @Value("${kefu.data-dir:./data}") Path dataDirectory) {
        return new IntentModels(new IntentTraining(embeddings, trainer), merchantExamples, ShippedExamples.load(),
                new TrainedModelCache(dataDirectory.resolve("nlu").resolve("models")), embeddings, true);
    }

    @Bean
    ExampleImport exampleImport(MerchantExamples merchantExamples, IntentModels models) {
        return new ExampleImport(merchantExamples, models);
    }

    @Bean
    LanguageUnderstanding languageUnderstanding(LanguageDetection languageDetection, IntentModels models,
            EntityExtraction entityExtraction) {
        return new IntentUnderstanding(languageDetection, models, entityExtraction);
    }
}
