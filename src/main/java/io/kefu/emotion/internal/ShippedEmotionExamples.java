package io.kefu.emotion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import io.kefu.nlu.TextClassification;

/**
 * The emotion examples that ship in the jar (text, label, language), all written for Kefu:
 * {@code emotion/emotions.csv}, customer-service messages, and {@code emotion/reviews.csv}, short
 * product and service reviews, so the model also reads the longer, descriptive way customers praise
 * or run down what they bought.
 */
public final class ShippedEmotionExamples {

    static final List<String> RESOURCES = List.of("emotion/emotions.csv", "emotion/reviews.csv");

    private ShippedEmotionExamples() {
    }

    public static List<TextClassification.LabeledText> load() {
        List<TextClassification.LabeledText> examples = new ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                examples.addAll(TextClassification.readExamples(in, "zh"));
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return examples;
    }
}
