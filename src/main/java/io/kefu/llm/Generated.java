package io.kefu.llm;

import java.util.List;

/**
 * Text a language model wrote and the guardrails let through.
 *
 * @param text  what the shopper is shown
 * @param model the model's name, cited as {@code {"type":"llm","id":model}}
 * @param facts the given facts the text rests on
 */
public record Generated(String text, String model, List<Fact> facts) {

    public Generated {
        facts = List.copyOf(facts);
    }
}
