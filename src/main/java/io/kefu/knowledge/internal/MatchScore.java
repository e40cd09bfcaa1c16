package io.kefu.knowledge.internal;

/**
 * How well a customer question matches one stored question variant, in [0, 1]-ish: the cosine of
 * their sentence vectors blended with their surface overlap. The same score ranks FAQ hits, is
 * compared with the learned answer threshold, and is what the sentence-pair benchmarks measure.
 */
public final class MatchScore {

    /**
     * Weight of the surface overlap. Measured with {@code eval --task pairs} on BQ dev and AFQMC
     * train, blending it in (0.3) did not beat the cosine alone (BQ 0.725 vs 0.735 on test), and
     * the FAQ paraphrase set agreed (hit@1 0.944 vs 0.950), so it is off: lexical matching works
     * through the BM25 side of the fusion, which brings candidates the HNSW search can miss.
     */
    static final double LEXICAL_WEIGHT = 0.0;

    private MatchScore() {
    }

    public static double of(double cosine, double lexical) {
        return (cosine + LEXICAL_WEIGHT * lexical) / (1 + LEXICAL_WEIGHT);
    }
}
