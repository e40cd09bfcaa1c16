package io.kefu.llm.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The model's meters: {@code kefu.llm.calls} by use and outcome, {@code kefu.llm.latency},
 * {@code kefu.llm.fallbacks} by cause (timeout, error, unsupported_fact, instructions, unknown …)
 * and {@code kefu.llm.tokens} by direction. A fallback is a turn that got the template reply.
 */
@Component
class LlmMeters {

    private final MeterRegistry registry;

    LlmMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(String use, Duration latency, TokenUsage usage) {
        call(use, "answered", latency);
        if (usage != null) {
            tokens("input", usage.inputTokenCount());
            tokens("output", usage.outputTokenCount());
        }
    }

    void failed(String use, Duration latency, String cause) {
        call(use, "failed", latency);
        fellBack(use, cause);
    }

    /** The model answered but its text is not used: the template reply stands. */
    void fellBack(String use, String cause) {
        Counter.builder("kefu.llm.fallbacks").description("Model texts replaced by the template reply, by cause").tag("use", use)
            .tag("cause", cause).register(registry).increment();
    }

    private void call(String use, String outcome, Duration latency) {
        Counter.builder("kefu.llm.calls").description("Requests to the language model").tag("use", use).tag("outcome", outcome)
            .register(registry).increment();
        Timer.builder("kefu.llm.latency").description("Time the language model took, retries included").tag("use", use)
            .register(registry).record(latency);
    }

    private void tokens(String direction, Integer count) {
        if (count != null) {
            Counter.builder("kefu.llm.tokens").description("Tokens the language model read and wrote").tag("direction", direction)
                .register(registry).increment(count);
        }
    }
}
