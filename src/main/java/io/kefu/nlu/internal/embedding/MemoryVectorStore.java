package io.kefu.nlu.internal.embedding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kefu.nlu.VectorStore;

/**
 * Vectors remembered for the life of the process only.
 */
public final class MemoryVectorStore implements VectorStore {

    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    @Override
    public float[] get(String modelId, String text) {
        return vectors.get(modelId + '\u0000' + text);
    }

    @Override
    public void putAll(String modelId, List<String> texts, List<float[]> computed) {
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(modelId + '\u0000' + texts.get(i), computed.get(i));
        }
    }
}
