package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the answer threshold of each language space from the indexed entries themselves, so that
 * every store gets a threshold fitted to its own questions. Each stored variant is asked as if a
 * customer typed it, once with its entry present minus that variant (a top score on the right entry
 * is an example to answer, on a wrong entry one to refuse) and once with the whole entry hidden (the
 * top score is an example of a question the knowledge base cannot answer). The threshold is the
 * score that separates the two best (balanced accuracy).
 */
final class ThresholdLearner {

    private static final int MIN_EXAMPLES = 10;

    private ThresholdLearner() {
    }

    static FaqIndex.Calibration learn(FaqIndex index, double fallback, int maxQueries) {
        List<FaqIndex.Variant> variants = index.variants();
        Map<String, Integer> variantsPerEntry = new HashMap<>();
        variants.forEach(v -> variantsPerEntry.merge(v.entryId(), 1, Integer::sum));
        int step = Math.max(1, (variants.size() + maxQueries - 1) / Math.max(1, maxQueries));
        Map<String, List<Double>> answerable = new HashMap<>();
        Map<String, List<Double>> unanswerable = new HashMap<>();
        for (int i = 0; i < variants.size(); i += step) {
            FaqIndex.Variant variant = variants.get(i);
            if (variantsPerEntry.get(variant.entryId()) > 1) {
                List<FaqIndex.Hit> hits = index.search(variant.question(), variant.vector(), variant.space(), 1,
                        FaqIndex.withoutVariant(variant.variantId()));
                if (!hits.isEmpty()) {
                    (hits.get(0).entryId().equals(variant.entryId()) ? answerable : unanswerable)
                        .computeIfAbsent(variant.space(), k -> new ArrayList<>()).add(hits.get(0).score());
                }
            }
            List<FaqIndex.Hit> others = index.search(variant.question(), variant.vector(), variant.space(), 1,
                    FaqIndex.withoutEntry(variant.entryId()));
            if (!others.isEmpty()) {
                unanswerable.computeIfAbsent(variant.space(), k -> new ArrayList<>()).add(others.get(0).score());
            }
        }
        Map<String, Double> thresholds = new HashMap<>();
        int positives = 0;
        int negatives = 0;
        for (String space : List.of("zh", "en")) {
            List<Double> p = answerable.getOrDefault(space, List.of());
            List<Double> n = unanswerable.getOrDefault(space, List.of());
            positives += p.size();
            negatives += n.size();
            thresholds.put(space, p.size() < MIN_EXAMPLES || n.size() < MIN_EXAMPLES ? fallback : Thresholds.balanced(p, n));
        }
        return new FaqIndex.Calibration(Map.copyOf(thresholds), positives, negatives);
    }
}
