package io.kefu.recommendation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Products with the evidence for recommending them, from every source. A product's score is the sum
 * of its evidence, so one that several sources point to rises; its reason is its strongest evidence.
 */
final class Candidates {

    private final Map<String, Candidate> bySku = new HashMap<>();

    void add(String sku, double weight, Reasons.Reason reason) {
        if (weight <= 0) {
            return;
        }
        bySku.merge(sku, new Candidate(sku, weight, weight, reason),
                (a, b) -> new Candidate(sku, a.score() + b.score(), Math.max(a.strongest(), b.strongest()),
                        a.strongest() >= b.strongest() ? a.reason() : b.reason()));
    }

    /** Best first; equal scores by SKU, so that the same data always gives the same list. */
    List<Candidate> ranked() {
        List<Candidate> ranked = new ArrayList<>(bySku.values());
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::sku));
        return ranked;
    }

    record Candidate(String sku, double score, double strongest, Reasons.Reason reason) {
    }
}
