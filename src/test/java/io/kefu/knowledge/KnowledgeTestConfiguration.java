package io.kefu.knowledge;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.kefu.knowledge.internal.HashedTextVectors;
import io.kefu.knowledge.internal.TextVectors;

/** Fast knowledge tests use the deterministic hashed vectors instead of the embedding models. */
@TestConfiguration(proxyBeanMethods = false)
class KnowledgeTestConfiguration {

    @Bean
    @Primary
    TextVectors hashedTextVectors() {
        return new HashedTextVectors();
    }
}
