package io.kefu.knowledge.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sentence vectors of the knowledge module: the BGE models loaded here, unless the application
 * provides another {@link TextVectors} (the NLU module's shared embeddings).
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    @ConditionalOnMissingBean(TextVectors.class)
    TextVectors bgeTextVectors() {
        return new BgeTextVectors();
    }
}
