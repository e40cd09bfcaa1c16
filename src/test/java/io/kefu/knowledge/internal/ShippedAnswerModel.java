package io.kefu.knowledge.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.internal.embedding.FileVectorStore;
import io.kefu.nlu.internal.embedding.LazyEmbedder;
import io.kefu.nlu.internal.embedding.SeededVectorStore;

/**
 * Writes the answer model the jar ships ({@link MatchModels#shipped}), learned from the shipped
 * paraphrase bank exactly as a service learns it (the same embedding models, the shipped vectors
 * seeded), into {@code src/main/resources/knowledge/answer-models}. Run after editing the bank or
 * regenerating the shipped vectors ({@code ShippedVectors} first):
 * {@code java -cp target/classes:target/test-classes:<deps> io.kefu.knowledge.internal.ShippedAnswerModel}.
 * {@code ShippedAnswerModelTests} fails while the shipped model is not the current bank's.
 */
public final class ShippedAnswerModel {

    private ShippedAnswerModel() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + MatchModels.SHIPPED);
        Path scratch = Files.createTempDirectory("answer-model");
        TextVectors vectors = new NluTextVectors(new Embeddings(LazyEmbedder.chinese(), LazyEmbedder.english(),
                new SeededVectorStore(new FileVectorStore(scratch.resolve("vectors")))));
        MatchModels.prepare(vectors, scratch, MatchModelTraining.WRONG_ANSWERS);
        Files.createDirectories(target);
        try (var old = Files.list(target)) {
            old.filter(file -> file.getFileName().toString().startsWith("answer-model-")).forEach(file -> file.toFile().delete());
        }
        String name = MatchModels.fileName(vectors, MatchModelTraining.WRONG_ANSWERS);
        Files.copy(scratch.resolve(name), target.resolve(name));
        System.err.println("wrote " + target.resolve(name));
    }
}
