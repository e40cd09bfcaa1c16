package io.kefu.llm.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.kefu.llm.LlmSettings;

/**
 * The chat client exists only when a base URL is set: without it there is nothing that could call
 * out, which is simpler to trust than a flag checked before each call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmSettings.class)
class LlmConfiguration {

    /** Keeps a local server without keys happy and never leaks an empty bearer header. */
    private static final String NO_KEY = "none";

    @Bean
    @ConditionalOnExpression("!'${kefu.llm.base-url:}'.isBlank()")
    ChatModel kefuChatModel(LlmSettings settings) {
        return OpenAiChatModel.builder()
            .baseUrl(settings.baseUrl())
            .apiKey(settings.apiKey() == null || settings.apiKey().isBlank() ? NO_KEY : settings.apiKey())
            .modelName(settings.modelName())
            .timeout(settings.timeout())
            .maxRetries(settings.maxRetries())
            // answers restate store facts: no creativity wanted
            .temperature(0.0)
            .build();
    }
}
