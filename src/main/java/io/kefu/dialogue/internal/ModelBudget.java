package io.kefu.dialogue.internal;

/**
 * One language-model call per turn: {@code kefu.llm.timeout} bounds the model's share of a turn,
 * and a grounded answer and a rephrasing in the same turn could take it twice.
 */
final class ModelBudget {

    private boolean spent;

    /** Whether this turn may still ask the model; from now on it may not. */
    boolean take() {
        if (spent) {
            return false;
        }
        spent = true;
        return true;
    }
}
