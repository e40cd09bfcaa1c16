package io.kefu.nlu.internal.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Character n-grams (1–3 characters within a word, 4 in longer words, with word boundaries marked, so short Chinese
 * texts without spaces get lexical features) and whole-word unigrams and bigrams, weighted by
 * inverse document frequency and L2-normalised. The vocabulary holds only n-grams seen in at
 * least {@code minCount} training texts: an n-gram never seen in training would get a zero weight
 * anyway, and rare ones mostly add memory. Immutable after construction, thread-safe.
 */
final class NgramVocabulary implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> index;
    private final float[] idf;

    private final float weight;

    private NgramVocabulary(Map<String, Integer> index, float[] idf, float weight) {
        this.index = index;
        this.idf = idf;
        this.weight = weight;
    }

    /** @param weight the length of every text's vector, i.e. the weight of n-grams against the embedding */
    static NgramVocabulary build(List<String> texts, int minCount, float weight) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            for (String gram : grams(text)) {
                documentFrequency.merge(gram, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<Float> weights = new ArrayList<>();
        documentFrequency.forEach((gram, count) -> {
            if (count >= minCount) {
                index.put(gram, index.size());
                weights.add((float) Math.log((1.0 + texts.size()) / (1.0 + count)) + 1f);
            }
        });
        float[] idf = new float[weights.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = weights.get(i);
        }
        return new NgramVocabulary(index, idf, weight);
    }

    int size() {
        return idf.length;
    }

    /** The n-gram vector of a text; n-grams outside the vocabulary are dropped. */
    SparseVector vector(String text) {
        Set<String> grams = grams(text);
        int[] indices = new int[grams.size()];
        float[] values = new float[grams.size()];
        int n = 0;
        double norm = 0;
        for (String gram : grams) {
            Integer i = index.get(gram);
            if (i != null) {
                indices[n] = i;
                values[n] = idf[i];
                norm += idf[i] * idf[i];
                n++;
            }
        }
        float scale = norm > 0 ? (float) (weight / Math.sqrt(norm)) : 0;
        int[] keptIndices = java.util.Arrays.copyOf(indices, n);
        float[] keptValues = java.util.Arrays.copyOf(values, n);
        for (int k = 0; k < n; k++) {
            keptValues[k] *= scale;
        }
        return new SparseVector(keptIndices, keptValues, grams.isEmpty() ? 0f : (float) n / grams.size());
    }

    /** Distinct n-grams of a text (presence, not counts: texts here are one or two sentences). */
    static Set<String> grams(String raw) {
        String text = TextNormalizer.normalize(raw);
        Set<String> grams = new LinkedHashSet<>();
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        String previous = "^";
        for (String word : words) {
            grams.add("w:" + word);
            grams.add("b:" + previous + ' ' + word);
            previous = word;
            String marked = '<' + word + '>';
            for (int n = 1; n <= 3; n++) {
                for (int i = 0; i + n <= marked.length(); i++) {
                    String gram = marked.substring(i, i + n);
                    if (n == 1 && (gram.equals("<") || gram.equals(">"))) {
                        continue;
                    }
                    grams.add(gram);
                }
            }
            if (word.length() > 3) {
                // 4-grams of longer words carry English stems ("refund" in "refunded", "refunds") and, in
                // Chinese runs without spaces, two-word phrases ("查询天气"); both raised held-out accuracy
                for (int i = 0; i + 4 <= marked.length(); i++) {
                    grams.add(marked.substring(i, i + 4));
                }
            }
        }
        if (words.length > 0) {
            grams.add("b:" + previous + " $");
        }
        return grams;
    }
}
