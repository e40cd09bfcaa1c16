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

    /**
     * Embeds many texts ahead of classifying them, in batches spread over all cores, writing each
     * batch to the on-disk cache and its progress to stderr: scoring one text at a time then finds
     * its vector ready, and a second run embeds nothing again.
     */
    public static void embedAhead(Embeddings embeddings, List<String> texts, String language) {
        int step = 2000;
        long started = System.nanoTime();
        for (int from = 0; from < texts.size(); from += step) {
            int to = Math.min(texts.size(), from + step);
            embeddings.embedAll(texts.subList(from, to), language);
            embeddings.flush();
            System.err.printf("embedded %d/%d %s texts (%.0f s)%n", to, texts.size(), language,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    public static String detectLanguage(String text) {
        return new ScriptLanguageDetector().detect(text);
    }

    /**
     * With {@code KEFU_EVAL_ERRORS} set, lists every wrong prediction on stderr
     * ({@code gold -> predicted : text}), to read what a model gets wrong.
     */
    public static void listErrorsIfAsked(List<String> gold, List<String> predicted, List<String> texts) {
        if (System.getenv("KEFU_EVAL_ERRORS") == null) {
            return;
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!gold.get(i).equals(predicted.get(i))) {
                System.err.println("  " + gold.get(i) + " -> " + predicted.get(i) + " : " + texts.get(i));
            }
        }
    }

    /** Accuracy and macro-F1 of predictions against gold labels. */
    public static Scores score(List<String> gold, List<String> predicted) {
        Metrics metrics = Metrics.of(gold, predicted, null);
        return new Scores(metrics.n(), metrics.accuracy(), metrics.macroF1());
    }

    public record Scores(int n, double accuracy, double macroF1) {
    }
}
