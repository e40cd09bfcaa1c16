package io.kefu.emotion.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kefu.nlu.TextClassification;

/**
 * The emotion classifier trained at start from the {@link ShippedEmotionExamples}, of the same kind
 * as the intent classifier.
 */
final class TrainedEmotionModel implements EmotionModel {

    private static final Logger log = LoggerFactory.getLogger(TrainedEmotionModel.class);

    private final TextClassification.Model model;

    TrainedEmotionModel(TextClassification.Model model) {
        this.model = model;
    }

    static TrainedEmotionModel train(TextClassification classification) {
        long started = System.nanoTime();
        var examples = ShippedEmotionExamples.load();
        TrainedEmotionModel model = new TrainedEmotionModel(classification.train(examples));
        log.info("emotion model trained on {} examples in {} ms", examples.size(), (System.nanoTime() - started) / 1_000_000);
        return model;
    }

    @Override
    public Scored classify(String text, String language) {
        TextClassification.Scores scores = model.classify(text, language);
        return new Scored(scores.label(), scores.confidence());
    }
}
