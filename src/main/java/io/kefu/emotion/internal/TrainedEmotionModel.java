package io.kefu.emotion.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kefu.nlu.TextClassification;

/**
 * The emotion classifier trained from the {@link ShippedEmotionExamples}, of the same kind as the
 * intent classifier, and kept under the data directory for the next start.
 */
final class TrainedEmotionModel implements EmotionModel {

    private static final Logger log = LoggerFactory.getLogger(TrainedEmotionModel.class);

    private final TextClassification.Model model;

    TrainedEmotionModel(TextClassification.Model model) {
        this.model = model;
    }

    static TrainedEmotionModel train(TextClassification classification, List<TextClassification.LabeledText> examples) {
        long started = System.nanoTime();
        TrainedEmotionModel model = new TrainedEmotionModel(classification.trainAndKeep(examples));
        log.info("emotion model trained on {} examples in {} ms", examples.size(), (System.nanoTime() - started) / 1_000_000);
        return model;
    }

    /** The model kept at an earlier start. */
    static TrainedEmotionModel loaded(TextClassification.Model kept) {
        log.info("emotion model loaded from the cache");
        return new TrainedEmotionModel(kept);
    }

    @Override
    public Scored classify(String text, String language) {
        TextClassification.Scores scores = model.classify(text, language);
        return new Scored(scores.label(), scores.confidence());
    }
}
