package io.kefu.knowledge.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import io.kefu.knowledge.FaqEntry;
import io.kefu.knowledge.KnowledgeAnswer;
import io.kefu.platform.DataVersions;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lexical matcher over the question variants of published entries: Dice overlap of character
 * bigrams (Chinese) and words (English). Rebuilt when the knowledge version moved.
 */
@Component
public class QuestionMatcher {

    private static final double MIN_SCORE = 0.45;

    private final KnowledgeTable table;
    private final JsonMapper json;
    private final DataVersions versions;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>(new Loaded(-1, List.of()));

    QuestionMatcher(KnowledgeTable table, JsonMapper json, DataVersions versions) {
        this.table = table;
        this.json = json;
        this.versions = versions;
    }

    public Optional<KnowledgeAnswer> best(String question, String language) {
        Set<String> asked = features(question);
        KnowledgeAnswer best = null;
        for (Variant variant : current()) {
            if (!variant.entry.language().equals(language)) {
                continue;
            }
            double score = dice(asked, variant.features);
            if (score >= MIN_SCORE && (best == null || score > best.score())) {
                best = new KnowledgeAnswer(variant.entry.id(), variant.version, variant.question, variant.entry.answer(), score);
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Variant> current() {
        long version = versions.current(KnowledgeTable.DATA_VERSION);
        Loaded current = loaded.get();
        if (current.version != version) {
            List<Variant> variants = table.published().stream().flatMap(stored -> {
                FaqEntry entry = json.readValue(stored.body(), FaqEntry.class);
                return entry.questions().stream().map(q -> new Variant(entry, stored.version(), q, features(q)));
            }).toList();
            current = new Loaded(version, variants);
            loaded.set(current);
        }
        return current.variants;
    }

    private record Loaded(long version, List<Variant> variants) {
    }

    static Set<String> features(String text) {
        String normalized = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", " ").trim();
        Set<String> features = new HashSet<>();
        for (String word : normalized.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i + 1 < word.length(); i++) {
                    features.add(word.substring(i, i + 2));
                }
                if (word.length() == 1) {
                    features.add(word);
                }
            }
            else {
                features.add(word);
            }
        }
        return features;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String feature : a) {
            if (b.contains(feature)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private record Variant(FaqEntry entry, int version, String question, Set<String> features) {
    }
}
