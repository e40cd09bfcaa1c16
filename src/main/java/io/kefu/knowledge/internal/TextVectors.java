package io.kefu.knowledge.internal;

import java.util.List;

/**
 * Sentence vectors for retrieval: one L2-normalised vector per text, from the model of the text's
 * language ({@code en} has its own model; {@code zh}, {@code mixed} and anything else use the
 * Chinese one). The knowledge module's seam to whatever embeds text, so tests can use a
 * deterministic fake and the service the shared NLU embeddings.
 */
public interface TextVectors {

    /** Never returns null; unit length. */
    float[] vector(String text, String language);

    /** One vector per text, in order; implementations may batch. */
    default List<float[]> vectors(List<String> texts, String language) {
        return texts.stream().map(text -> vector(text, language)).toList();
    }

    /**
     * Names the model(s) behind the vectors; an index built with other vectors is rebuilt, since
     * vectors of different models are not comparable.
     */
    String id();

    /** Which vector space a language uses: {@code en} or {@code zh}. */
    static String space(String language) {
        return "en".equals(language) ? "en" : "zh";
    }

    static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            float[] unit = new float[vector.length];
            unit[0] = 1;
            return unit;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
