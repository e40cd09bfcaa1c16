package io.kefu.emotion.internal;

import java.util.List;

import io.kefu.emotion.EmotionReading;

/** The direction of negative feeling over the last customer messages. */
final class Trend {

    private static final int WINDOW = 3;
    private static final double NOTICEABLE = 0.15;

    private Trend() {
    }

    static String of(List<EmotionReading> previous, String label, double intensity) {
        if (previous.isEmpty()) {
            return "steady";
        }
        double now = negativity(new EmotionReading(label, intensity, "steady"));
        double before = previous.subList(Math.max(0, previous.size() - WINDOW), previous.size()).stream()
            .mapToDouble(Trend::negativity).average().orElse(0);
        if (now - before > NOTICEABLE) {
            return "rising";
        }
        return before - now > NOTICEABLE ? "falling" : "steady";
    }

    private static double negativity(EmotionReading reading) {
        return reading.isNegative() ? reading.intensity() : 0;
    }
}
