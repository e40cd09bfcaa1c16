package io.kefu.llm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the optional language model is and what it may do. A blank base URL means no model.
 *
 * @param baseUrl         an OpenAI-compatible {@code /v1} base (Qwen, DeepSeek, vLLM, Ollama …)
 * @param model           the model name sent with each request and cited in replies
 * @param apiKey          sent as a bearer token; local servers ignore it
 * @param timeout         the model's share of one turn, retries included; past it the template reply stands
 * @param maxRetries      retries of a failed request within the timeout
 * @param groundedAnswers answer questions no flow or FAQ entry covers from the retrieved store facts
 * @param tone            rephrase template replies to the customer's mood (facts must survive)
 * @param handoffSummaries draft a summary of a handed-over conversation for the agent's card
 * @param knowledgeDrafts  draft the answer of a mined FAQ candidate from the agent's replies (a supervisor still approves)
 */
@ConfigurationProperties("kefu.llm")
public record LlmSettings(String baseUrl, String model, String apiKey, @DefaultValue("5s") Duration timeout,
        @DefaultValue("1") int maxRetries, @DefaultValue("true") boolean groundedAnswers, @DefaultValue("false") boolean tone,
        @DefaultValue("true") boolean handoffSummaries, @DefaultValue("true") boolean knowledgeDrafts) {

    /** Whether a model is set at all; without one nothing is ever called. */
    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** The name replies cite in {@code {"type":"llm","id":…}}. */
    public String modelName() {
        return model == null || model.isBlank() ? "default" : model;
    }
}
