package io.kefu.knowledge;

import io.kefu.knowledge.internal.NluTextVectors;
import io.kefu.nlu.Evaluations;
import io.kefu.knowledge.internal.FaqEvaluation;

/**
 * Entry point of {@code eval --task faq} (and {@code --task pairs}) for the jar's command line: the
 * knowledge module's retrieval measured offline with the real embedding models.
 */
public final class KnowledgeEvaluation {

    private KnowledgeEvaluation() {
    }

    /** Returns the process exit code; the last line on standard output is the JSON result. */
    public static int run(String[] args) {
        java.nio.file.Path dataDirectory = java.nio.file.Path.of(System.getProperty("kefu.data-dir", "./data"));
        return new FaqEvaluation(new NluTextVectors(Evaluations.embeddings(dataDirectory)), dataDirectory, System.out, System.err).run(args);
    }
}
