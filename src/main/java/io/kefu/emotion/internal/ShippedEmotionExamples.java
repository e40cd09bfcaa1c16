package io.kefu.emotion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import io.kefu.nlu.TextClassification;

/** The emotion examples that ship in the jar: {@code emotion/emotions.csv} (text, label, language). */
public final class ShippedEmotionExamples {

    static final String RESOURCE = "emotion/emotions.csv";

    private ShippedEmotionExamples() {
    }

    public static List<TextClassification.LabeledText> load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return TextClassification.readExamples(in, "zh");
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
