package io.kefu.nlu;

import java.nio.file.Path;
import java.util.List;

import io.kefu.nlu.internal.embedding.FileVectorStore;
import io.kefu.nlu.internal.embedding.LazyEmbedder;
import io.kefu.nlu.internal.eval.Metrics;
import io.kefu.nlu.internal.language.ScriptLanguageDetector;

/**
 * What offline evaluation commands of other modules (emotion) share with the NLU's own: the
 * embeddings with their on-disk cache, language detection, and the metrics.
 */
public final class Evaluations {

    private Evaluations() {
    }

    /** Embeddings for a command: models loaded on first use, vectors cached under {@code dataDir}. */
    public static Embeddings embeddings(Path dataDir) {
        return new Embeddings(LazyEmbedder.chinese(), LazyEmbedder.english(), new FileVectorStore(dataDir.resolve("nlu").resolve("vectors")));
    }

    public static String detectLanguage(String text) {
        return new ScriptLanguageDetector().detect(text);
    }

    /** Accuracy and macro-F1 of predictions against gold labels. */
    public static Scores score(List<String> gold, List<String> predicted) {
        Metrics metrics = Metrics.of(gold, predicted, null);
        return new Scores(metrics.n(), metrics.accuracy(), metrics.macroF1());
    }

    public record Scores(int n, double accuracy, double macroF1) {
    }
}
