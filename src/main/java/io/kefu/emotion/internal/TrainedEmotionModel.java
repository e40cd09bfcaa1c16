package io.kefu.emotion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import io.kefu.nlu.TextClassification;

/**
 * The emotion classifier trained at start from the examples that ship in the jar
 * ({@code emotion/emotions.csv}: text, label, language), of the same kind as the intent classifier.
 */
final class TrainedEmotionModel implements EmotionModel {

    static final String TRAINING_DATA = "emotion/emotions.csv";

    private final TextClassification.Model model;

    TrainedEmotionModel(TextClassification.Model model) {
        this.model = model;
    }

    static TrainedEmotionModel train(TextClassification classification) {
        return new TrainedEmotionModel(classification.train(shippedExamples()));
    }

    @Override
    public Scored classify(String text, String language) {
        TextClassification.Scores scores = model.classify(text, language);
        return new Scored(scores.label(), scores.confidence());
    }

    static List<TextClassification.LabeledText> shippedExamples() {
        try (InputStream in = new ClassPathResource(TRAINING_DATA).getInputStream()) {
            return TextClassification.readExamples(in, "zh");
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TRAINING_DATA, e);
        }
    }
}
