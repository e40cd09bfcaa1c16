package io.kefu.knowledge;

import java.nio.file.Path;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.kefu.ServiceTest;
import io.kefu.knowledge.internal.HashedTextVectors;
import io.kefu.knowledge.internal.TextVectors;
import io.kefu.nlu.internal.TrainedModelCache;

/**
 * Fast knowledge tests use the deterministic hashed vectors instead of the embedding models, and
 * the intent and emotion models the service tests keep, instead of training their own.
 */
@TestConfiguration(proxyBeanMethods = false)
class KnowledgeTestConfiguration {

    @Bean
    @Primary
    TextVectors hashedTextVectors() {
        return new HashedTextVectors();
    }

    @Bean
    @Primary
    TrainedModelCache serviceTestsTrainedModels() {
        return new TrainedModelCache(Path.of(ServiceTest.DATA_DIR, "nlu", "models"));
    }
}
