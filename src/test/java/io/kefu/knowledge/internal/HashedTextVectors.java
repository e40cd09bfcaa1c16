package io.kefu.knowledge.internal;

import java.util.Locale;

/**
 * A deterministic stand-in for the embedding models in fast tests: characters and character
 * bigrams (words for Latin script) hashed into 256 dimensions, L2-normalised. Texts that share
 * characters are close, others far: enough to test retrieval plumbing, not language.
 */
public final class HashedTextVectors implements TextVectors {

    private static final int DIMENSIONS = 256;

    @Override
    public float[] vector(String text, String language) {
        float[] vector = new float[DIMENSIONS];
        String normalized = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}]+", " ").trim();
        for (String word : normalized.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i < word.length(); i++) {
                    add(vector, word.substring(i, i + 1));
                    if (i + 1 < word.length()) {
                        add(vector, word.substring(i, i + 2));
                    }
                }
            }
            else {
                add(vector, word);
            }
        }
        return TextVectors.normalised(vector);
    }

    private static void add(float[] vector, String feature) {
        int hash = feature.hashCode() * 0x9E3779B9;
        vector[Math.floorMod(hash, DIMENSIONS)] += (hash & 0x10000) == 0 ? 1 : -1;
    }

    @Override
    public String id() {
        return "hashed-test";
    }
}
