package io.kefu.llm.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.llm.Fact;
import io.kefu.llm.Generated;

/**
 * One guarded generation: masks the customer's material, asks the model, and keeps its text only
 * when the guardrails pass. Shared by every use so each gets the same masking, budget and checks.
 */
@Component
class Generation {

    private final ModelCalls calls;
    private final LlmMeters meters;

    Generation(ModelCalls calls, LlmMeters meters) {
        this.calls = calls;
        this.meters = meters;
    }

    boolean available() {
        return calls.available();
    }

    /**
     * The model's text, or empty when it failed or a guardrail refused it.
     *
     * @param instructions Kefu's own words, checked for leaks
     * @param grounding    the store's data appended to the instructions
     * @param material     the customer's material, sent as the user message
     * @param allowed      the facts the text may state
     */
    Optional<String> generate(String use, String instructions, String grounding, String material, List<String> personalValues,
            FactTokens allowed) {
        String system = PersonalData.masked(instructions + grounding, personalValues);
        String user = PersonalData.masked(material, personalValues);
        return calls.ask(use, system, user).filter(text -> passes(use, text, instructions, allowed));
    }

    /** The text as the caller hands it on, citing the model. */
    Generated generated(String text, List<Fact> facts) {
        return new Generated(text, calls.modelName(), facts);
    }

    private boolean passes(String use, String text, String instructions, FactTokens allowed) {
        Optional<String> refusal = Guardrails.refusal(text, instructions, allowed);
        refusal.ifPresent(cause -> meters.fellBack(use, cause));
        return refusal.isEmpty();
    }

    /** Counts a text that passed the guardrails but the caller cannot use (a rephrasing that dropped a fact). */
    void discarded(String use, String cause) {
        meters.fellBack(use, cause);
    }
}
