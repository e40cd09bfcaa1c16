package io.kefu.emotion.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.kefu.emotion.EmotionAnalyzer;
import io.kefu.emotion.EmotionReading;

/**
 * The emotion of a message: the label from the {@link EmotionModel}, corrected to anger when the
 * message carries its unmistakable marks; the intensity from the model's confidence plus the cues a
 * person reads (strong words, threats, repeated punctuation, capitals, a complaint said again);
 * and the trend over the customer's last messages.
 */
@Component
class EmotionReader implements EmotionAnalyzer {

    private static final double BASE = 0.6;

    private final EmotionModel model;

    EmotionReader(EmotionModel model) {
        this.model = model;
    }

    @Override
    public EmotionReading read(String text, String language, List<EmotionReading> previous, List<String> earlierTexts) {
        EmotionModel.Scored scored = model.classify(text, language);
        String label = scored.label();
        if (EmotionCues.soundsAngry(text) && ("neutral".equals(label) || "confusion".equals(label))) {
            label = "anger";
        }
        double intensity = "neutral".equals(label) ? 0 : Math.min(1.0, BASE * scored.confidence() + EmotionCues.boost(text, earlierTexts));
        double rounded = Math.round(intensity * 100) / 100.0;
        return new EmotionReading(label, rounded, Trend.of(previous, label, rounded));
    }
}
