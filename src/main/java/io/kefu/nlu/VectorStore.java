package io.kefu.nlu;

import java.util.Collection;
import java.util.List;

/**
 * Remembers vectors by model and text so no text is embedded twice. Thread-safe.
 */
public interface VectorStore {

    /** The vector, or null when this model has not embedded this text yet. */
    float[] get(String modelId, String text);

    void putAll(String modelId, List<String> texts, List<float[]> vectors);

    /** Drops the vectors of these texts, from memory and from disk (a customer's data erased). */
    default void forget(Collection<String> texts) {
    }

    /** Persists what was added since the last flush; a no-op for memory-only stores. */
    default void flush() {
    }
}
