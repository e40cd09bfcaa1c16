package io.kefu.emotion.internal;

import io.kefu.nlu.TextClassification;

/**
 * The emotion classifier trained at start from the {@link ShippedEmotionExamples}, of the same kind
 * as the intent classifier.
 */
final class TrainedEmotionModel implements EmotionModel {

    private final TextClassification.Model model;

    TrainedEmotionModel(TextClassification.Model model) {
        this.model = model;
    }

    static TrainedEmotionModel train(TextClassification classification) {
        return new TrainedEmotionModel(classification.train(ShippedEmotionExamples.load()));
    }

    @Override
    public Scored classify(String text, String language) {
        TextClassification.Scores scores = model.classify(text, language);
        return new Scored(scores.label(), scores.confidence());
    }
}
