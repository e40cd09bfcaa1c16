package io.kefu.insight.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.dialogue.IntentCatalogue;
import io.kefu.insight.InsightSettings;
import io.kefu.nlu.Embeddings;

/**
 * Complaint topics of a period against the period of equal length before it (API §5): the
 * complaints of both periods are clustered together by their sentence vectors, so a topic is the
 * same topic in both and its two counts compare; each topic is named by its characteristic terms,
 * the intent most of its messages had, and linked to the SKUs, categories and carriers of the
 * orders its customers named.
 */
@Component
class ComplaintTopics {

    private static final int EXAMPLES = 3;
    private static final int LINKS = 5;

    private final Embeddings embeddings;
    private final IntentCatalogue catalogue;
    private final OrderFacts facts;
    private final InsightSettings settings;

    ComplaintTopics(Embeddings embeddings, IntentCatalogue catalogue, OrderFacts facts, InsightSettings settings) {
        this.embeddings = embeddings;
        this.catalogue = catalogue;
        this.facts = facts;
        this.settings = settings;
    }

    /** Topics with a complaint in either period, most complained about now first; never null. */
    List<Topic> topics(List<Transcript> current, List<Transcript> previous) {
        List<Complaint> complaints = new ArrayList<>(Complaint.in(previous, catalogue, true));
        complaints.addAll(Complaint.in(current, catalogue, false));
        if (complaints.isEmpty()) {
            return List.of();
        }
        List<String> background = new ArrayList<>();
        for (List<Transcript> period : List.of(previous, current)) {
            period.forEach(t -> t.analysed().forEach(m -> background.add(m.message().text() == null ? "" : m.message().text())));
        }
        TopicLabels labels = new TopicLabels(background);
        // English and Chinese text go through different models, whose vectors do not compare: one clustering per model.
        List<List<Complaint>> byTopic = new ArrayList<>();
        complaints.stream().collect(Collectors.partitioningBy(c -> "en".equals(c.language()))).values().forEach(group -> {
            List<String> texts = group.stream().map(Complaint::text).toList();
            List<float[]> vectors = group.stream().map(c -> embeddings.embed(c.text(), c.language())).toList();
            int[] assigned = TopicClustering.cluster(TopicFeatures.of(texts, vectors, labels), settings.topicSimilarity());
            Map<Integer, List<Complaint>> clusters = new LinkedHashMap<>();
            for (int i = 0; i < assigned.length; i++) {
                clusters.computeIfAbsent(assigned[i], k -> new ArrayList<>()).add(group.get(i));
            }
            byTopic.addAll(clusters.values());
        });
        return byTopic.stream().map(members -> topic(members, labels))
            .sorted(Comparator.comparingLong(Topic::count).reversed().thenComparing(Comparator.comparingLong(Topic::previousCount).reversed()))
            .toList();
    }

    private Topic topic(List<Complaint> members, TopicLabels labels) {
        List<Complaint> now = members.stream().filter(c -> !c.previous()).toList();
        long count = now.size();
        long previousCount = members.size() - count;
        String language = mostCommon(members, Complaint::language);
        String intent = mostCommon(members, Complaint::intent);
        List<String> terms = labels.characteristic(members.stream().map(Complaint::text).toList());
        String intentLabel = catalogue.find(intent).map(i -> i.label(language)).orElse(intent);
        String label = terms.isEmpty() ? intentLabel : intentLabel + " · " + String.join(" / ", terms);
        Links links = links(now.isEmpty() ? members : now);
        double p = Spikes.pValue(count, previousCount);
        return new Topic(label, intent, terms, count, previousCount,
                Spikes.spikes(count, previousCount, settings.spikeSignificance(), settings.spikeMinCount()), Math.round(p * 1e6) / 1e6,
                links.skus(), links.categories(), links.carriers(), links.products(),
                (now.isEmpty() ? members : now).stream().map(Complaint::text).distinct().limit(EXAMPLES).toList());
    }

    private Links links(List<Complaint> complaints) {
        Map<String, Long> skus = new LinkedHashMap<>();
        Map<String, Long> carriers = new LinkedHashMap<>();
        complaints.stream().map(Complaint::transcript).distinct().forEach(transcript -> {
            for (Order order : facts.ordersOf(transcript)) {
                order.items().forEach(item -> skus.merge(item.sku(), 1L, Long::sum));
                if (order.shipment() != null) {
                    carriers.merge(order.shipment().carrier(), 1L, Long::sum);
                }
            }
        });
        List<String> topSkus = top(skus);
        Map<String, Long> categories = new LinkedHashMap<>();
        List<String> products = new ArrayList<>();
        for (String sku : topSkus) {
            facts.product(sku).ifPresent(product -> {
                products.add(product.name());
                if (product.category() != null) {
                    categories.merge(product.category(), skus.get(sku), Long::sum);
                }
            });
        }
        return new Links(topSkus, top(categories), top(carriers), products);
    }

    private static List<String> top(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(LINKS).map(Map.Entry::getKey)
            .toList();
    }

    private static String mostCommon(List<Complaint> members, Function<Complaint, String> key) {
        return members.stream().map(key).filter(java.util.Objects::nonNull)
            .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
            .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("complaint");
    }

    private record Links(List<String> skus, List<String> categories, List<String> carriers, List<String> products) {
    }

    /**
     * One complaint topic (API §5 {@code topics}, and {@code complaintTopics} of the summary).
     *
     * @param pValue the spike test's p-value: how likely this count is if the previous period's rate still held
     */
    record Topic(String label, String intent, List<String> terms, long count, long previousCount, boolean spike, double pValue,
            List<String> skus, List<String> categories, List<String> carriers, List<String> products, List<String> examples) {
    }
}
