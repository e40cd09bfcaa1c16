package io.kefu.nlu;

/**
 * Understands customer messages. Implementations are thread-safe.
 */
public interface LanguageUnderstanding {

    /** Never returns null; unknown input yields {@link Understanding#OUT_OF_SCOPE}. */
    Understanding understand(String text);
}
