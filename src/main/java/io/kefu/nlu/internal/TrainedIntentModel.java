package io.kefu.nlu.internal;

import java.util.List;
import java.util.Map;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.Understanding;
import io.kefu.nlu.internal.classify.Prediction;
import io.kefu.nlu.internal.classify.TextClassifier;

/**
 * The trained intent classifiers, one per embedding model: Chinese (for Chinese and mixed text)
 * and English. A message is classified by the classifier of its language, or by the other one
 * when its language had no training data.
 */
public final class TrainedIntentModel implements IntentModel {

    private final Map<String, TextClassifier> byLanguage;
    private final Embeddings embeddings;

    TrainedIntentModel(Map<String, TextClassifier> byLanguage, Embeddings embeddings) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.embeddings = embeddings;
    }

    Map<String, TextClassifier> classifiers() {
        return byLanguage;
    }

    @Override
    public Prediction classify(String text, String language) {
        String space = IntentTraining.space(language);
        if (!byLanguage.containsKey(space)) {
            space = space.equals("zh") ? "en" : "zh";
        }
        TextClassifier classifier = byLanguage.get(space);
        if (classifier == null) {
            return new Prediction(Understanding.OUT_OF_SCOPE, 1, List.of(), true);
        }
        return classifier.classify(text, embeddings.embed(text, space));
    }
}
