package io.kefu.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a complaint is about, as one unit vector: its sentence vector less the mean of the period's
 * complaints (every complaint shares a large "something is wrong" component), beside the tf-idf of
 * its characters and words hashed into as many dimensions, each half of the length. Short Chinese
 * complaints differ in a character ("碎", "退款") that the small sentence model blurs; the
 * characters' weights come from the period's own messages, so no word list is involved.
 */
final class TopicFeatures {

    private TopicFeatures() {
    }

    static List<float[]> of(List<String> texts, List<float[]> sentenceVectors, TopicLabels weights) {
        List<float[]> centred = TopicClustering.centred(sentenceVectors);
        List<float[]> features = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] sentence = centred.get(i);
            float[] words = unit(hashed(texts.get(i), sentence.length, weights));
            float[] joined = new float[sentence.length * 2];
            double half = Math.sqrt(0.5);
            for (int d = 0; d < sentence.length; d++) {
                joined[d] = (float) (sentence[d] * half);
                joined[sentence.length + d] = (float) (words[d] * half);
            }
            features.add(unit(joined));
        }
        return features;
    }

    private static float[] hashed(String text, int dimension, TopicLabels weights) {
        float[] vector = new float[dimension];
        for (String term : TopicLabels.features(text.toLowerCase(Locale.ROOT))) {
            vector[Math.floorMod(term.hashCode(), dimension)] += (float) weights.idf(term);
        }
        return vector;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm > 0) {
            float length = (float) Math.sqrt(norm);
            for (int d = 0; d < vector.length; d++) {
                vector[d] /= length;
            }
        }
        return vector;
    }
}
