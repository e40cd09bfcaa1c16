package io.kefu.llm.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.llm.Fact;
import io.kefu.llm.Generated;
import io.kefu.llm.GroundedAnswers;
import io.kefu.llm.LlmSettings;

/**
 * Grounded answers: the model sees the retrieved store facts and the customer's (masked) question
 * and may answer from those facts only. Its answer cites the facts whose numbers or ids it states,
 * or, when it states none, all of them — it rests on what it was given.
 */
@Component
class ModelGroundedAnswers implements GroundedAnswers {

    static final String USE = "grounded";

    private final Generation generation;
    private final LlmSettings settings;

    ModelGroundedAnswers(Generation generation, LlmSettings settings) {
        this.generation = generation;
        this.settings = settings;
    }

    @Override
    public boolean available() {
        return settings.groundedAnswers() && generation.available();
    }

    @Override
    public Optional<Generated> answer(String question, String language, List<Fact> facts, List<String> personalValues) {
        if (!available() || facts.isEmpty()) {
            return Optional.empty();
        }
        String grounding = Prompts.facts(facts);
        return generation.generate(USE, Prompts.groundedInstructions(language), grounding, question, personalValues, FactTokens.of(grounding))
            .map(text -> generation.generated(text, cited(text, facts)));
    }

    private static List<Fact> cited(String text, List<Fact> facts) {
        FactTokens said = FactTokens.of(text);
        List<Fact> stated = facts.stream().filter(fact -> states(said, FactTokens.of(fact.text()))).toList();
        return stated.isEmpty() ? facts.stream().filter(fact -> !"policy".equals(fact.type())).toList() : stated;
    }

    private static boolean states(FactTokens said, FactTokens fact) {
        return said.identifiers().stream().anyMatch(fact.identifiers()::contains) || said.numbers().stream().anyMatch(fact.numbers()::contains);
    }
}
