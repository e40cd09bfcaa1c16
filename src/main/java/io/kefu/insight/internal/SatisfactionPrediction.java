package io.kefu.insight.internal;

import java.util.List;

import io.kefu.conversation.AnalysedMessage;
import io.kefu.conversation.TurnResult;

/**
 * Predicts the 1–5 rating of every conversation, rated or not, from how the customer felt along
 * the way and how it ended. A prior reads the last and the average feeling (valence: satisfaction
 * +1 … anger −1, scaled by intensity), a rising negative trend at the end, and whether the bot had
 * to hand over; {@link #calibrated} then fits {@code a + b·prior} by least squares to the ratings
 * customers actually gave, once there are enough of them, so the prediction speaks the store's own
 * scale (some customers rate everything 5).
 */
final class SatisfactionPrediction {

    /** Fewer ratings than this leave the prior as it is: a line through a handful of points swings wildly. */
    static final int MIN_RATINGS = 20;

    private final double intercept;
    private final double slope;

    private SatisfactionPrediction(double intercept, double slope) {
        this.intercept = intercept;
        this.slope = slope;
    }

    static SatisfactionPrediction prior() {
        return new SatisfactionPrediction(0, 1);
    }

    /** The prior fitted to the rated ones among these conversations. */
    static SatisfactionPrediction calibrated(List<Transcript> transcripts) {
        List<Transcript> rated = transcripts.stream().filter(t -> t.rating() != null).toList();
        if (rated.size() < MIN_RATINGS) {
            return prior();
        }
        double meanX = rated.stream().mapToDouble(SatisfactionPrediction::priorScore).average().orElse(0);
        double meanY = rated.stream().mapToDouble(Transcript::rating).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Transcript t : rated) {
            double dx = priorScore(t) - meanX;
            covariance += dx * (t.rating() - meanY);
            variance += dx * dx;
        }
        double slope = variance == 0 ? 0 : covariance / variance;
        return new SatisfactionPrediction(meanY - slope * meanX, slope);
    }

    /** The predicted rating, 1..5 to one decimal. */
    double predict(Transcript transcript) {
        double value = intercept + slope * priorScore(transcript);
        return Math.round(Math.max(1, Math.min(5, value)) * 10) / 10.0;
    }

    static double priorScore(Transcript transcript) {
        List<TurnResult.Emotion> feelings = transcript.analysed().stream().map(AnalysedMessage::analysis)
            .filter(a -> a != null && a.emotion() != null).map(TurnResult.Analysis::emotion).toList();
        double last = feelings.isEmpty() ? 0 : valence(feelings.getLast());
        double mean = feelings.stream().mapToDouble(SatisfactionPrediction::valence).average().orElse(0);
        boolean worsening = !feelings.isEmpty() && "rising".equals(feelings.getLast().trend()) && valence(feelings.getLast()) < 0;
        double score = 3.8 + 1.0 * last + 0.6 * mean - (worsening ? 0.5 : 0) - (transcript.handedOver() ? 0.3 : 0);
        return Math.max(1, Math.min(5, score));
    }

    /** How good the feeling is, −1..1: the label's sign and weight times its intensity. */
    static double valence(TurnResult.Emotion emotion) {
        double weight = switch (emotion.label()) {
            case "satisfaction" -> 1.0;
            case "confusion" -> -0.3;
            case "anxiety" -> -0.6;
            case "disappointment" -> -0.8;
            case "anger" -> -1.0;
            default -> 0.0;
        };
        return weight * Math.max(0.3, emotion.intensity());
    }
}
