package io.kefu.dialogue.internal;

/**
 * Serves the intents the catalogue ({@code dialogue/intents.yml}) assigns to it by {@link #name()}:
 * one class per kind of answer, each testable on its own.
 */
interface Answerer {

    /** The name the intent catalogue uses for this answerer. */
    String name();

    /** Never null; {@link Answer#NONE} when there is nothing to say. */
    Answer answer(Ask ask);
}
