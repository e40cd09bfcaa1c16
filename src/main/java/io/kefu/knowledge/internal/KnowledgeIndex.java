package io.kefu.knowledge.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.kefu.platform.AfterStartup;
import io.kefu.platform.DataVersions;
import io.kefu.platform.KefuSettings;
import io.kefu.platform.Readiness;

/**
 * The node's retrieval index of the published entries, kept under {@code kefu.data-dir/index/knowledge}.
 * Every read compares the shared knowledge version counter with the one this node last synced to;
 * when it moved (a change on any node), the index is brought up to date by difference. So the very
 * next question on every node sees a change, with no rebuild. Questions are weighed against the
 * entries with the paraphrase bank's help and decided by the answer model of {@link MatchModels}.
 */
@Component
public class KnowledgeIndex implements DisposableBean {

    /** How fast a further hit's probability falls with the score it trails the first by. */
    private static final double TRAILING = 5;
    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

    private final FaqIndex index;
    private final KnowledgeTable table;
    private final DataVersions versions;
    private final MatchModels models;
    private volatile State state = new State(Long.MIN_VALUE, Map.of(), null);
    private final CompletableFuture<Void> built = new CompletableFuture<>();

    KnowledgeIndex(TextVectors vectors, KnowledgeTable table, DataVersions versions, KefuSettings kefu, MatchModels models,
            AfterStartup afterStartup, Readiness readiness) {
        this.table = table;
        this.versions = versions;
        this.models = models;
        this.index = IndexDirectory.openOrRebuild(kefu.dataDir().resolve("index").resolve("knowledge"), vectors);
        // Syncing with the stored entries and learning the threshold takes seconds: done once the
        // service is up rather than on the first question (which waits for it if it comes sooner),
        // and the node is not ready before.
        afterStartup.prepare("knowledge-index", this::current);
        readiness.register("knowledge-index", built);
    }

    /** The published entries and threshold as of the latest change on any node. */
    public State current() {
        long version = versions.current(KnowledgeTable.DATA_VERSION);
        State current = state;
        return current.version == version ? current : refresh(version);
    }

    private synchronized State refresh(long version) {
        State current = state;
        if (current.version == version) {
            return current;
        }
        MatchModels.Matching matching = models.ready();
        index.lendFrom(matching.bank());
        Map<String, KnowledgeTable.Versioned> published = new LinkedHashMap<>();
        table.published().forEach(entry -> published.put(entry.entry().id(), entry));
        int changed = index.sync(published.values().stream().map(KnowledgeTable.Versioned::entry).toList());
        if (changed > 0 || current.version == Long.MIN_VALUE) {
            log.info("Knowledge index: {} entries ({} changed).", index.size(), changed);
        }
        State fresh = new State(version, Map.copyOf(published), matching.model());
        state = fresh;
        built.complete(null);
        return fresh;
    }

    /**
     * The best entries for the question, best first, as of the last {@link #current()} (call it
     * first); hits may name entries outside their schedule.
     */
    public List<FaqIndex.Hit> search(String question, String language, int limit) {
        return index.search(question, language, limit);
    }

    /** How much better the entries of the other language match the question than those of its own. */
    public OtherLanguage.Lead otherLanguage(String question, String language) {
        return index.otherLanguage(question, language);
    }

    /** The entry of the other language the question reaches by topic, if any. */
    public java.util.Optional<String> otherLanguageByTopic(String question, String language) {
        return index.otherLanguageByTopic(question, language);
    }

    /**
     * The probability that the best of these hits (the search's first) answers the question, and
     * of each further hit as far as it trails the first.
     */
    public List<Double> probabilities(List<FaqIndex.Hit> hits, String question, State state) {
        if (hits.isEmpty()) {
            return List.of();
        }
        double best = state.model().probability(MatchModel.features(hits.stream().map(FaqIndex.Hit::evidence).toList(), question));
        return hits.stream().map(hit -> best * Math.exp(TRAILING * (hit.score() - hits.getFirst().score()))).toList();
    }

    /** The probability that the first or the second of these hits answers the question. */
    public double eitherProbability(List<FaqIndex.Hit> hits, String question, State state) {
        return state.model().eitherProbability(hits.stream().map(FaqIndex.Hit::evidence).toList(), question);
    }

    /** Entries (re)indexed or removed since start: grows by the changed entries only. */
    public long reindexedEntries() {
        return index.reindexedEntries();
    }

    public int size() {
        return index.size();
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }

    /** What this node serves: the published entries by id, and the answer model. */
    public record State(long version, Map<String, KnowledgeTable.Versioned> entries, MatchModel model) {

        /** Answer from the best entry at or above this probability. */
        public double answerAt() {
            return model.answerAt();
        }

        /** Answer from the two best entries together at or above this probability that one of them is right. */
        public double eitherAt() {
            return model.eitherAt();
        }

        /** Whether the question, in that language, is about an entry of the other language rather than of its own. */
        public boolean asksOtherLanguage(OtherLanguage.Lead lead, String language) {
            return model.asksOtherLanguage(lead, language);
        }

        /** Offer the best entries as choices at or above this probability. */
        public double suggestAt() {
            return model.suggestAt();
        }
    }
}
