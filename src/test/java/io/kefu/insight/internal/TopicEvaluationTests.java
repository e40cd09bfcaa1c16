package io.kefu.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import io.kefu.ServiceTest;
import io.kefu.dialogue.IntentCatalogue;
import io.kefu.insight.InsightSettings;
import io.kefu.nlu.Embeddings;

/**
 * Complaint topics on labelled complaints (test resource {@code insight/complaints.csv}: six
 * topics in Chinese, four in English, written for this test) clustered by the real sentence
 * models: purity (how pure each found topic is) and inverse purity (how whole each true topic
 * stays) are printed and held to a floor; and spikes on generated periods: one that must fire, one
 * that must not.
 */
@ServiceTest
class TopicEvaluationTests {

    @Autowired
    Embeddings embeddings;

    @Autowired
    IntentCatalogue catalogue;

    @Autowired
    OrderFacts facts;

    @Test
    void labelledComplaintsClusterIntoPureTopics() throws IOException {
        List<String[]> rows = rows();
        double similarity = InsightSettings.defaults().topicSimilarity();
        int total = 0;
        int pure = 0;
        int whole = 0;
        int topics = 0;
        for (String language : List.of("zh", "en")) {
            List<String[]> group = rows.stream().filter(r -> r[1].equals(language)).toList();
            List<String> texts = group.stream().map(r -> r[2]).toList();
            List<float[]> vectors = TopicFeatures.of(texts, texts.stream().map(text -> embeddings.embed(text, language)).toList(),
                    new TopicLabels(texts));
            for (double candidate : new double[] { 0.05, 0.10, 0.15, 0.20, 0.25 }) {
                int[] tried = TopicClustering.cluster(vectors, candidate);
                System.out.printf("SWEEP %s similarity=%.2f topics=%d purity=%.3f inverse=%.3f%n", language, candidate,
                        java.util.Arrays.stream(tried).max().orElse(0) + 1, purity(group, tried, true),
                        purity(group, tried, false));
            }
            int[] assigned = TopicClustering.cluster(vectors, similarity);
            Map<Integer, Map<String, Integer>> byCluster = new HashMap<>();
            Map<String, Map<Integer, Integer>> byLabel = new HashMap<>();
            for (int i = 0; i < assigned.length; i++) {
                byCluster.computeIfAbsent(assigned[i], k -> new HashMap<>()).merge(group.get(i)[0], 1, Integer::sum);
                byLabel.computeIfAbsent(group.get(i)[0], k -> new HashMap<>()).merge(assigned[i], 1, Integer::sum);
            }
            total += group.size();
            topics += byCluster.size();
            pure += byCluster.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
            whole += byLabel.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
        }
        double purity = (double) pure / total;
        double inversePurity = (double) whole / total;
        System.out.printf("TOPICS complaints=%d trueTopics=10 foundTopics=%d purity=%.3f inversePurity=%.3f similarity=%.2f%n", total, topics,
                purity, inversePurity, similarity);
        assertThat(purity).isGreaterThanOrEqualTo(0.7);
        assertThat(inversePurity).as("no topic shattered into singletons").isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void aTopicThatJumpsSpikesAndOneThatHoldsDoesNot() throws IOException {
        List<String[]> rows = rows();
        List<String> broken = texts(rows, "damaged", "zh");
        List<String> late = texts(rows, "late", "zh");
        OffsetDateTime previousWeek = History.START;
        OffsetDateTime thisWeek = History.START.plusDays(7);
        List<Transcript> previous = new ArrayList<>();
        List<Transcript> current = new ArrayList<>();
        // broken goods: 1 complaint last week, 10 this week (a bad batch of mugs: ten customers saying the same);
        // late parcels: 6 last week, 7 this week in seven wordings
        previous.add(complaint(broken.getFirst(), previousWeek));
        for (int customers = 0; customers < 10; customers++) {
            current.add(complaint(broken.getFirst(), thisWeek));
        }
        late.subList(0, 6).forEach(text -> previous.add(complaint(text, previousWeek)));
        late.subList(0, 7).forEach(text -> current.add(complaint(text, thisWeek)));

        List<ComplaintTopics.Topic> topics = new ComplaintTopics(embeddings, catalogue, facts, InsightSettings.defaults()).topics(current,
                previous);
        topics.forEach(t -> System.out.printf("TOPIC %s count=%d previous=%d spike=%s p=%.5f%n", t.label(), t.count(), t.previousCount(),
                t.spike(), t.pValue()));
        ComplaintTopics.Topic brokenTopic = topicOf(topics, List.of(broken.getFirst()));
        ComplaintTopics.Topic lateTopic = topicOf(topics, late);
        assertThat(brokenTopic.spike()).as(brokenTopic.toString()).isTrue();
        assertThat(lateTopic.spike()).as(lateTopic.toString()).isFalse();
        assertThat(brokenTopic.label()).isNotBlank();
    }

    /** The biggest found topic made of these complaints. */
    private static double purity(List<String[]> group, int[] assigned, boolean ofClusters) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < assigned.length; i++) {
            String cluster = Integer.toString(assigned[i]);
            String label = group.get(i)[0];
            counts.computeIfAbsent(ofClusters ? cluster : label, k -> new HashMap<>()).merge(ofClusters ? label : cluster, 1, Integer::sum);
        }
        return counts.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum()
                / (double) assigned.length;
    }

    private static ComplaintTopics.Topic topicOf(List<ComplaintTopics.Topic> topics, List<String> texts) {
        return topics.stream().filter(t -> t.examples().stream().anyMatch(texts::contains))
            .max(java.util.Comparator.comparingLong(ComplaintTopics.Topic::count)).orElseThrow();
    }

    private static Transcript complaint(String text, OffsetDateTime at) {
        return History.of(null, "zh", at).customer(text, "complaint", "anger", 0.7, "steady").transcript();
    }

    private static List<String> texts(List<String[]> rows, String topic, String language) {
        return rows.stream().filter(r -> r[0].equals(topic) && r[1].equals(language)).map(r -> r[2]).toList();
    }

    static List<String[]> rows() throws IOException {
        try (InputStream in = new ClassPathResource("insight/complaints.csv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", 3)).toList();
        }
    }
}
