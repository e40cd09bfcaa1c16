package io.kefu.llm;

import java.util.List;
import java.util.Optional;

/**
 * Answers a customer question from store facts only, through the optional language model.
 */
public interface GroundedAnswers {

    /** Whether an answer may come at all: a model is set and grounded answers are on. Lets callers skip retrieving facts. */
    boolean available();

    /**
     * The model's answer, or empty when no model is set or grounded answers are off, the facts do not
     * answer the question, the model failed or was too slow, or a guardrail refused its text (a fact
     * not among {@code facts}, its instructions repeated). Never throws for the model's sake.
     *
     * @param question       the customer's words; masked before they leave, and sent only as the user's message
     * @param personalValues the customer's own name, address and the like, masked too
     */
    Optional<Generated> answer(String question, String language, List<Fact> facts, List<String> personalValues);
}
