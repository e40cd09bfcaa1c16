package io.kefu.nlu.internal;

import java.util.Map;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.Understanding;
import io.kefu.nlu.internal.classify.Prediction;
import io.kefu.nlu.internal.classify.TextClassifier;

/**
 * The trained intent classifiers, one per embedding model: Chinese (for Chinese and mixed text)
 * and English. A message is classified by the classifier of its language, or by the other one
 * when its language had no training data. Immutable; retraining builds a new one.
 */
public final class IntentModel {

    private final Map<String, TextClassifier> byLanguage;
    private final Embeddings embeddings;

    IntentModel(Map<String, TextClassifier> byLanguage, Embeddings embeddings) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.embeddings = embeddings;
    }

    /** Classifies a text whose language is known; never null. */
    public Prediction classify(String text, String language) {
        String space = IntentTraining.space(language);
        if (!byLanguage.containsKey(space)) {
            space = space.equals("zh") ? "en" : "zh";
        }
        TextClassifier classifier = byLanguage.get(space);
        if (classifier == null) {
            return new Prediction(Understanding.OUT_OF_SCOPE, 1, java.util.List.of(), true);
        }
        return classifier.classify(text, embeddings.embed(text, space));
    }
}
