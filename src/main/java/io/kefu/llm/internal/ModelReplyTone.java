package io.kefu.llm.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.llm.Generated;
import io.kefu.llm.LlmSettings;
import io.kefu.llm.ReplyTone;

/**
 * Tone: the model rewrites a template reply for the customer's mood. The template is the only
 * grounding, and the rewrite must keep every one of its facts: a number dropped is as wrong as a
 * number added.
 */
@Component
class ModelReplyTone implements ReplyTone {

    static final String USE = "tone";

    private final Generation generation;
    private final LlmSettings settings;

    ModelReplyTone(Generation generation, LlmSettings settings) {
        this.generation = generation;
        this.settings = settings;
    }

    @Override
    public Optional<Generated> rephrase(String reply, String emotion, String customerText, String language) {
        if (!settings.tone() || !generation.available()) {
            return Optional.empty();
        }
        FactTokens template = FactTokens.of(reply);
        Optional<String> rephrased = generation.generate(USE, Prompts.toneInstructions(emotion, language), "\n\nStore reply:\n" + reply,
                customerText, List.of(), template);
        Optional<String> complete = rephrased.filter(text -> template.unsupportedBy(FactTokens.of(text)).isEmpty());
        if (rephrased.isPresent() && complete.isEmpty()) {
            generation.discarded(USE, "lost_fact");
        }
        return complete.map(text -> generation.generated(text, List.of()));
    }
}
