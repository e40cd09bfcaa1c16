package io.kefu.knowledge.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kefu.nlu.Embeddings;

/** The sentence vectors of the knowledge module: the NLU module's shared embeddings. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    TextVectors textVectors(Embeddings embeddings) {
        return new NluTextVectors(embeddings);
    }
}
