package io.kefu.knowledge.internal;

/**
 * How well a customer question matches one stored question variant, in [0, 1]-ish: the cosine of
 * their sentence vectors blended with their surface overlap. The same score ranks FAQ hits, is
 * compared with the learned answer threshold, and is what the sentence-pair benchmarks measure.
 */
public final class MatchScore {

    /** Weight of the surface overlap; chosen on the paraphrase development set (see FaqEvaluation). */
    static final double LEXICAL_WEIGHT = 0.3;

    private MatchScore() {
    }

    public static double of(double cosine, double lexical) {
        return (cosine + LEXICAL_WEIGHT * lexical) / (1 + LEXICAL_WEIGHT);
    }
}
