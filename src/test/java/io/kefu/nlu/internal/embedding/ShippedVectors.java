package io.kefu.nlu.internal.embedding;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.kefu.nlu.Embedder;
import io.kefu.nlu.internal.IntentExample;
import io.kefu.nlu.internal.ShippedExamples;

/**
 * Regenerates the vectors shipped in the jar from the shipped intent examples, the paraphrase bank
 * and the risk examples (run after editing any of them; stale vectors only cost start-up time, never
 * correctness):
 * {@code java -cp target/classes:target/test-classes:<deps> io.kefu.nlu.internal.embedding.ShippedVectors src/main/resources/nlu/vectors}.
 */
public final class ShippedVectors {

    private ShippedVectors() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "src/main/resources/nlu/vectors");
        Files.createDirectories(directory);
        List<IntentExample> examples = ShippedExamples.load();
        java.util.Map<String, List<String>> bank = io.kefu.knowledge.internal.BankTexts.byLanguage();
        List<io.kefu.nlu.TextClassification.LabeledText> risk;
        try (var in = ShippedVectors.class.getClassLoader().getResourceAsStream("dialogue/risk.csv")) {
            risk = io.kefu.nlu.TextClassification.readExamples(in, "zh");
        }
        write(directory, OnnxEmbedder.chinese(), java.util.stream.Stream.of(
                examples.stream().filter(e -> !"en".equals(e.language())).map(IntentExample::text),
                bank.getOrDefault("zh", List.of()).stream(),
                risk.stream().filter(e -> !"en".equals(e.language())).map(io.kefu.nlu.TextClassification.LabeledText::text))
            .flatMap(s -> s).distinct().toList());
        write(directory, OnnxEmbedder.english(), java.util.stream.Stream.of(
                examples.stream().filter(e -> "en".equals(e.language())).map(IntentExample::text),
                bank.getOrDefault("en", List.of()).stream(),
                risk.stream().filter(e -> "en".equals(e.language())).map(io.kefu.nlu.TextClassification.LabeledText::text))
            .flatMap(s -> s).distinct().toList());
    }

    private static void write(Path directory, Embedder embedder, List<String> texts) throws Exception {
        try (OutputStream out = Files.newOutputStream(directory.resolve(embedder.id() + ".f16"))) {
            SeededVectorStore.writeHalfPrecision(out, texts, embedder.embedAll(texts));
        }
        System.err.println(embedder.id() + ": " + texts.size() + " vectors");
    }
}
