package io.kefu.knowledge.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.kefu.knowledge.KnowledgeSettings;
import io.kefu.platform.AfterStartup;
import io.kefu.platform.DataVersions;
import io.kefu.platform.KefuSettings;

/**
 * The node's retrieval index of the published entries, kept under {@code kefu.data-dir/index/knowledge}.
 * Every read compares the shared knowledge version counter with the one this node last synced to;
 * when it moved (a change on any node), the index is brought up to date by difference and the answer
 * threshold is re-learned. So the very next question on every node sees a change, with no rebuild.
 */
@Component
public class KnowledgeIndex implements DisposableBean {

    /** Used until the knowledge base has enough entries to learn its own threshold. */
    public static final double DEFAULT_THRESHOLD = 0.70;
    public static final int CALIBRATION_QUERIES = 600;

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

    private final FaqIndex index;
    private final KnowledgeTable table;
    private final DataVersions versions;
    private final KnowledgeSettings settings;
    private volatile State state = new State(Long.MIN_VALUE, Map.of(), Map.of());

    KnowledgeIndex(TextVectors vectors, KnowledgeTable table, DataVersions versions, KefuSettings kefu, KnowledgeSettings settings,
            AfterStartup afterStartup) {
        this.table = table;
        this.versions = versions;
        this.settings = settings;
        this.index = IndexDirectory.openOrRebuild(kefu.dataDir().resolve("index").resolve("knowledge"), vectors);
        // Syncing with the stored entries and learning the threshold takes seconds: done once the
        // service is up rather than on the first question (which waits for it if it comes sooner).
        afterStartup.prepare("knowledge-index", this::current);
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
        Map<String, KnowledgeTable.Versioned> published = new LinkedHashMap<>();
        table.published().forEach(entry -> published.put(entry.entry().id(), entry));
        int changed = index.sync(published.values().stream().map(KnowledgeTable.Versioned::entry).toList());
        Map<String, Double> thresholds = current.thresholds;
        if (settings.answerThreshold() != null) {
            thresholds = Map.of("zh", settings.answerThreshold(), "en", settings.answerThreshold());
        }
        else if (changed > 0 || current.version == Long.MIN_VALUE) {
            FaqIndex.Calibration calibration = index.calibrate(DEFAULT_THRESHOLD, CALIBRATION_QUERIES);
            thresholds = calibration.thresholds();
            log.info("Knowledge index: {} entries ({} changed); answer thresholds {} learned from {} + {} examples.",
                    index.size(), changed, thresholds, calibration.answerable(), calibration.unanswerable());
        }
        State fresh = new State(version, Map.copyOf(published), thresholds);
        state = fresh;
        return fresh;
    }

    /**
     * The best entries for the question, best first, as of the last {@link #current()} (call it
     * first); hits may name entries outside their schedule.
     */
    public List<FaqIndex.Hit> search(String question, String language, int limit) {
        return index.search(question, language, limit);
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

    /** What this node serves: the published entries by id, and the answer threshold per language space. */
    public record State(long version, Map<String, KnowledgeTable.Versioned> entries, Map<String, Double> thresholds) {

        public double threshold(String language) {
            return thresholds.getOrDefault(TextVectors.space(language), DEFAULT_THRESHOLD);
        }
    }
}
