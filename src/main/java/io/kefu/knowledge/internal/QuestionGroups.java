package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.kefu.knowledge.KnowledgeSettings;
import io.kefu.knowledge.UnansweredQuestions;

/**
 * Groups unanswered questions by meaning: a single pass over the questions, newest first, puts each
 * one into the first group whose first (newest) question it matches at or above the
 * same-question score, else opens a new group. Vectors are cached per text.
 */
@Component
public class QuestionGroups {

    private static final int CACHE_LIMIT = 20_000;

    private final TextVectors vectors;
    private final KnowledgeSettings settings;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    QuestionGroups(TextVectors vectors, KnowledgeSettings settings) {
        this.vectors = vectors;
        this.settings = settings;
    }

    /** Groups, largest first (ties: most recent first). */
    public List<UnansweredQuestions> group(List<CurationTables.Asked> asked) {
        record Group(CurationTables.Asked first, float[] vector, Set<String> features, List<CurationTables.Asked> members) {
        }
        List<Group> groups = new ArrayList<>();
        Map<String, List<CurationTables.Asked>> byLanguage = new LinkedHashMap<>();
        asked.forEach(a -> byLanguage.computeIfAbsent(TextVectors.space(a.language()), k -> new ArrayList<>()).add(a));
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        for (Map.Entry<String, List<CurationTables.Asked>> language : byLanguage.entrySet()) {
            List<String> missing = language.getValue().stream().map(CurationTables.Asked::question).distinct()
                .filter(q -> !cache.containsKey(language.getKey() + "|" + q)).toList();
            List<float[]> embedded = vectors.vectors(missing, language.getKey());
            for (int i = 0; i < missing.size(); i++) {
                cache.put(language.getKey() + "|" + missing.get(i), embedded.get(i));
            }
            List<Group> local = new ArrayList<>();
            for (CurationTables.Asked question : language.getValue()) {
                float[] vector = cache.get(language.getKey() + "|" + question.question());
                Set<String> features = Lexical.features(question.question());
                Group home = null;
                for (Group group : local) {
                    double score = MatchScore.of(TextVectors.dot(vector, group.vector()), Lexical.dice(features, group.features()));
                    if (score >= settings.clusterSimilarity()) {
                        home = group;
                        break;
                    }
                }
                if (home == null) {
                    home = new Group(question, vector, features, new ArrayList<>());
                    local.add(home);
                }
                home.members().add(question);
            }
            groups.addAll(local);
        }
        return groups.stream()
            .sorted((a, b) -> a.members().size() != b.members().size() ? b.members().size() - a.members().size()
                    : b.first().at().compareTo(a.first().at()))
            .map(g -> new UnansweredQuestions(g.first().question(), g.members().size(), g.first().at(), g.first().language(),
                    g.members().stream().map(CurationTables.Asked::question).distinct().limit(5).toList()))
            .toList();
    }
}
