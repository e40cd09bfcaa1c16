package io.kefu.nlu.internal.embedding;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.kefu.nlu.Embedder;
import io.kefu.nlu.internal.IntentExample;
import io.kefu.nlu.internal.ShippedExamples;

/**
 * Regenerates the vectors shipped in the jar from the shipped intent examples (run after editing
 * {@code nlu/intents.csv}; stale vectors only cost start-up time, never correctness):
 * {@code java -cp target/classes:target/test-classes:<deps> io.kefu.nlu.internal.embedding.ShippedVectors src/main/resources/nlu/vectors}.
 */
public final class ShippedVectors {

    private ShippedVectors() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "src/main/resources/nlu/vectors");
        Files.createDirectories(directory);
        List<IntentExample> examples = ShippedExamples.load();
        write(directory, OnnxEmbedder.chinese(),
                examples.stream().filter(e -> !"en".equals(e.language())).map(IntentExample::text).distinct().toList());
        write(directory, OnnxEmbedder.english(),
                examples.stream().filter(e -> "en".equals(e.language())).map(IntentExample::text).distinct().toList());
    }

    private static void write(Path directory, Embedder embedder, List<String> texts) throws Exception {
        try (OutputStream out = Files.newOutputStream(directory.resolve(embedder.id() + ".f16"))) {
            SeededVectorStore.writeHalfPrecision(out, texts, embedder.embedAll(texts));
        }
        System.err.println(embedder.id() + ": " + texts.size() + " vectors");
    }
}
