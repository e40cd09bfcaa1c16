package io.kefu.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings for Kefu: the Chinese model for Chinese and mixed text, the English model
 * for English text. Batches ({@link #embedAll}: training data, evaluation sets) go through the
 * persistent cache, so start-up and repeated evaluation embed each text only once. Single texts
 * ({@link #embed}: customer messages) go through a small in-memory cache only, so the intent, the
 * emotion and the knowledge lookup of one message share one vector, and customers' words are
 * neither kept on disk nor accumulated in memory. Thread-safe.
 */
public final class Embeddings {

    private final Embedder chinese;
    private final Embedder english;
    private final VectorStore cache;
    private final RecentVectors recent = new RecentVectors(RECENT_TEXTS);
    private static final int RECENT_TEXTS = 2048;

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
        Embedder embedder = embedder(language);
        String key = embedder.id() + '\u0000' + text;
        float[] vector = recent.get(key);
        if (vector == null) {
            vector = cache.get(embedder.id(), text);
        }
        if (vector == null) {
            vector = embedder.embedAll(List.of(text)).getFirst();
        }
        recent.put(key, vector);
        return vector;
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

    /** A bounded least-recently-used map, synchronised: lookups are microseconds beside an embedding. */
    private static final class RecentVectors {

        private final Map<String, float[]> entries;

        RecentVectors(int capacity) {
            this.entries = new java.util.LinkedHashMap<>(capacity, 0.75f, true) {

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized float[] get(String key) {
            return entries.get(key);
        }

        synchronized void put(String key, float[] vector) {
            entries.put(key, vector);
        }
    }

    /** Forgets the vectors of these texts, in memory and on disk. */
    public void forget(java.util.Collection<String> texts) {
        cache.forget(texts);
    }

    /** Writes vectors computed since the last flush to disk, if the store is persistent. */
    public void flush() {
        cache.flush();
    }
}
