package io.kefu.llm.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.kefu.llm.LlmSettings;
import io.kefu.platform.Rehearsal;
import jakarta.annotation.PreDestroy;

/**
 * One request to the model within the time budget, counted. The client's own timeout bounds each
 * attempt; the budget here bounds all of them together, so a slow server and its retries never
 * cost the shopper more than {@code kefu.llm.timeout}. Every failure ends as "no text" and a
 * counted cause: the shopper gets the template reply, never the model's error.
 */
@Component
class ModelCalls {

    private static final Logger log = LoggerFactory.getLogger(ModelCalls.class);

    private final ChatModel model;
    private final LlmSettings settings;
    private final LlmMeters meters;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    ModelCalls(ObjectProvider<ChatModel> model, LlmSettings settings, LlmMeters meters) {
        this.model = model.getIfAvailable();
        this.settings = settings;
        this.meters = meters;
    }

    /** Whether there is a model to ask at all. */
    boolean available() {
        return model != null;
    }

    String modelName() {
        return settings.modelName();
    }

    /**
     * The model's text for instructions (system role) and the customer's material (user role);
     * empty on any failure. {@code use} names the purpose in the meters. Empty without a call during a
     * {@link Rehearsal}: a node warming itself up must not spend the merchant's tokens.
     */
    Optional<String> ask(String use, String instructions, String userMessage) {
        if (model == null || Rehearsal.inProgress()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        Future<ChatResponse> call = calls.submit(() -> model.chat(SystemMessage.from(instructions), UserMessage.from(userMessage)));
        try {
            ChatResponse response = call.get(settings.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            meters.answered(use, Duration.ofNanos(System.nanoTime() - started), response.tokenUsage());
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null || text.isBlank()) {
                meters.fellBack(use, "empty");
                return Optional.empty();
            }
            return Optional.of(text.strip());
        }
        catch (TimeoutException e) {
            call.cancel(true);
            meters.failed(use, Duration.ofNanos(System.nanoTime() - started), "timeout");
            return Optional.empty();
        }
        catch (ExecutionException e) {
            log.warn("Language model call for {} failed: {}", use, e.getCause() == null ? e : e.getCause().toString());
            meters.failed(use, Duration.ofNanos(System.nanoTime() - started), "error");
            return Optional.empty();
        }
        catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            meters.failed(use, Duration.ofNanos(System.nanoTime() - started), "interrupted");
            return Optional.empty();
        }
    }

    @PreDestroy
    void close() {
        calls.shutdownNow();
    }
}
