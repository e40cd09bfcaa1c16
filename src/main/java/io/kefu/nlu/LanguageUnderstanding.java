package io.kefu.nlu;

/**
 * Understands customer messages. Implementations are thread-safe.
 */
public interface LanguageUnderstanding {

    /** Never returns null; unknown input yields {@link Understanding#OUT_OF_SCOPE}. */
    Understanding understand(String text);

    /**
     * The entities of a text as {@link #understand} reads them, without reading its intent: for a
     * text that is no customer message ("比如初禾孕妇系列" in a store's answer), only what it names.
     */
    default java.util.Map<String, Object> entities(String text) {
        return understand(text).entities();
    }
}
