package io.kefu.nlu.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.Understanding;
import io.kefu.nlu.internal.classify.Prediction;

/**
 * A provisional intent model that needs no training: the intent of the most similar example
 * (out-of-scope when that example is an out-of-scope one). It answers from the first second after
 * start while the real model trains in the background, and is replaced as soon as that is done.
 * Less accurate and not calibrated — only a bridge.
 */
final class NearestExampleModel implements IntentModel {

    private static final double SHARPNESS = 20;

    private final Map<String, List<IntentExample>> examples = new HashMap<>();
    private final Map<String, List<float[]>> vectors = new HashMap<>();
    private final Embeddings embeddings;

    NearestExampleModel(List<IntentExample> all, Embeddings embeddings) {
        this.embeddings = embeddings;
        for (IntentExample example : all) {
            examples.computeIfAbsent(IntentTraining.space(example.language()), s -> new ArrayList<>()).add(example);
        }
        examples.forEach((space, list) -> vectors.put(space,
                embeddings.embedAll(list.stream().map(IntentExample::text).toList(), space)));
    }

    @Override
    public Prediction classify(String text, String language) {
        String space = examples.containsKey(IntentTraining.space(language)) ? IntentTraining.space(language)
                : IntentTraining.space(language).equals("zh") ? "en" : "zh";
        List<IntentExample> known = examples.get(space);
        if (known == null) {
            return new Prediction(Understanding.OUT_OF_SCOPE, 1, List.of(), true);
        }
        float[] query = embeddings.embed(text, space);
        List<float[]> knownVectors = vectors.get(space);
        Map<String, Double> best = new HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            double similarity = 0;
            float[] v = knownVectors.get(i);
            for (int j = 0; j < v.length; j++) {
                similarity += v[j] * query[j];
            }
            best.merge(known.get(i).intent(), similarity, Math::max);
        }
        // a softmax over each intent's best similarity turns similarities into rough probabilities
        double top = best.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double sum = best.values().stream().mapToDouble(s -> Math.exp(SHARPNESS * (s - top))).sum();
        List<Prediction.Candidate> ranked = best.entrySet().stream()
                .map(e -> new Prediction.Candidate(e.getKey(), Math.exp(SHARPNESS * (e.getValue() - top)) / sum))
                .sorted(Comparator.comparingDouble(Prediction.Candidate::probability).reversed())
                .toList();
        Prediction.Candidate first = ranked.getFirst();
        List<Prediction.Candidate> inScope = ranked.stream()
                .filter(c -> !c.label().equals(Understanding.OUT_OF_SCOPE)).limit(5).toList();
        boolean outOfScope = first.label().equals(Understanding.OUT_OF_SCOPE);
        return new Prediction(first.label(), first.probability(), inScope, outOfScope);
    }
}
