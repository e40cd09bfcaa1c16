package io.kefu.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings for Kefu: the Chinese model for Chinese and mixed text, the English model
 * for English text. Vectors already computed for the same model and text are reused from a cache
 * (in memory, and on disk when the cache is persistent), so start-up and repeated evaluation embed
 * each text only once. Thread-safe.
 */
public final class Embeddings {

    private final Embedder chinese;
    private final Embedder english;
    private final VectorStore cache;

    public Embeddings(Embedder chinese, Embedder english, VectorStore cache) {
        this.chinese = chinese;
        this.english = english;
        this.cache = cache;
    }

    /** The model used for text of this language ({@code zh}, {@code en} or {@code mixed}). */
    public Embedder embedder(String language) {
        return "en".equals(language) ? english : chinese;
    }

    /** The L2-normalised vector of one text; never null. */
    public float[] embed(String text, String language) {
        return embedAll(List.of(text), language).getFirst();
    }

    /**
     * Vectors for many texts with one model, in order. Duplicates and cached texts are embedded
     * once; the rest go to the model as one batch, which spreads them over all cores.
     */
    public List<float[]> embedAll(List<String> texts, String language) {
        Embedder embedder = embedder(language);
        Map<String, float[]> known = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            if (known.containsKey(text)) {
                continue;
            }
            float[] cached = cache.get(embedder.id(), text);
            known.put(text, cached);
            if (cached == null) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> computed = embedder.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), computed.get(i));
            }
            cache.putAll(embedder.id(), missing, computed);
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            result.add(known.get(text));
        }
        return result;
    }

    /** Writes vectors computed since the last flush to disk, if the store is persistent. */
    public void flush() {
        cache.flush();
    }
}
