package io.kefu.nlu.internal.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.Evaluations;
import io.kefu.nlu.Understanding;
import io.kefu.nlu.internal.IntentModel;
import io.kefu.nlu.internal.IntentTraining;
import io.kefu.nlu.internal.language.ScriptLanguageDetector;
import io.kefu.nlu.internal.ShippedExamples;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.classify.Example;
import io.kefu.nlu.internal.classify.Prediction;
import io.kefu.nlu.internal.classify.TextClassifier;
import io.kefu.nlu.internal.embedding.FileVectorStore;
import io.kefu.nlu.internal.embedding.LazyEmbedder;
import io.kefu.platform.CsvFile;

/**
 * {@code eval --task intent [--train T.csv] --test X.csv [--dev D.csv] [--oos-label oos]
 * [--lang zh|en|auto]}: with {@code --train}, trains a fresh classifier of exactly the production
 * kind and evaluates it on the test set; without, evaluates the built-in model. Progress goes to
 * stderr; the last stdout line is one JSON object with the scores.
 *
 * <p>Each distinct text is embedded once per run (and vectors are cached under the data
 * directory, so a second run embeds nothing); {@code millisPerText} is measured separately, on a
 * sample of test texts embedded afresh one at a time, to report what one message really costs.
 */
public final class EvalCommand {

    private static final int LATENCY_SAMPLE = 200;

    private EvalCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Arguments arguments = Arguments.parse(args);
        if (arguments.test() == null || !"intent".equals(arguments.task())) {
            System.err.println("usage: eval --task intent [--train T.csv] --test X.csv [--dev D.csv] "
                    + "[--oos-label oos] [--lang zh|en|auto]");
            return 2;
        }
        List<Example> test = examples(arguments.test(), arguments.oosLabel());
        Embeddings embeddings = new Embeddings(LazyEmbedder.chinese(), LazyEmbedder.english(),
                new FileVectorStore(dataDirectory().resolve("nlu").resolve("vectors")));
        Scored scored = arguments.train() == null ? builtIn(arguments, test, embeddings)
                : trained(arguments, test, embeddings);
        List<String> gold = test.stream().map(Example::label).toList();
        Metrics metrics = Metrics.of(gold, scored.predicted(), arguments.oosLabel());
        long rejectedInScope = IntStream.range(0, test.size()).filter(i -> !test.get(i).label().equals(arguments.oosLabel())
                && scored.predicted().get(i).equals(arguments.oosLabel())).count();
        System.err.printf("in-scope texts rejected as out-of-scope: %d%n", rejectedInScope);
        Evaluations.listErrorsIfAsked(gold, scored.predicted(), test.stream().map(Example::text).toList());
        System.out.println(String.format(Locale.ROOT,
                "{\"task\":\"%s\",\"n\":%d,\"accuracy\":%.4f,\"macroF1\":%.4f,\"inScopeAccuracy\":%.4f,"
                        + "\"oosPrecision\":%.4f,\"oosRecall\":%.4f,\"trainSeconds\":%.2f,\"millisPerText\":%.2f,"
                        + "\"embedSeconds\":%.2f,\"language\":\"%s\"}",
                arguments.task(), metrics.n(), metrics.accuracy(), metrics.macroF1(), metrics.inScopeAccuracy(),
                metrics.outOfScopePrecision(), metrics.outOfScopeRecall(), scored.trainSeconds(),
                scored.millisPerText(), scored.embedSeconds(), scored.language()));
        return 0;
    }

    private record Scored(List<String> predicted, double trainSeconds, double millisPerText, double embedSeconds,
            String language) {
    }

    private static Scored trained(Arguments arguments, List<Example> test, Embeddings embeddings) {
        List<Example> train = examples(arguments.train(), arguments.oosLabel());
        List<Example> dev = arguments.dev() == null ? List.of() : examples(arguments.dev(), arguments.oosLabel());
        String language = arguments.language().equals("auto") ? majorityLanguage(train) : arguments.language();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(
                java.util.stream.Stream.of(train, dev, test).flatMap(List::stream).map(Example::text).toList()));
        long started = System.nanoTime();
        Evaluations.embedAhead(embeddings, distinct, language);
        double embedSeconds = seconds(started);
        ClassifierTrainer trainer = new ClassifierTrainer();
        started = System.nanoTime();
        System.err.printf("training on %d texts (%s)%n", train.size(), language);
        TextClassifier classifier = dev.isEmpty()
                ? trainer.train(train, vectors(embeddings, train, language), arguments.oosLabel())
                : trainer.train(train, vectors(embeddings, train, language), dev, vectors(embeddings, dev, language),
                        arguments.oosLabel());
        double trainSeconds = seconds(started);
        System.err.printf("trained in %.1f s; classifying %d texts%n", trainSeconds, test.size());
        List<float[]> testVectors = vectors(embeddings, test, language);
        List<String> predicted = IntStream.range(0, test.size()).parallel()
                .mapToObj(i -> classifier.classify(test.get(i).text(), testVectors.get(i)))
                .map(prediction -> label(prediction, arguments.oosLabel()))
                .toList();
        double millis = latency(test, text -> classifier.classify(text,
                embeddings.embedder(language).embedAll(List.of(text)).getFirst()));
        return new Scored(predicted, trainSeconds, millis, embedSeconds, language);
    }

    private static Scored builtIn(Arguments arguments, List<Example> test, Embeddings embeddings) {
        long started = System.nanoTime();
        IntentModel model = new IntentTraining(embeddings, new ClassifierTrainer()).train(ShippedExamples.load());
        double trainSeconds = seconds(started);
        ScriptLanguageDetector detection = new ScriptLanguageDetector();
        java.util.function.Function<String, String> languageOf = text -> arguments.language().equals("auto")
                ? detection.detect(text) : arguments.language();
        started = System.nanoTime();
        for (String language : List.of("zh", "en")) {
            embeddings.embedAll(test.stream().map(Example::text)
                    .filter(text -> space(languageOf.apply(text)).equals(language)).toList(), language);
        }
        embeddings.flush();
        double embedSeconds = seconds(started);
        List<String> predicted = test.stream()
                .map(example -> label(model.classify(example.text(), languageOf.apply(example.text())),
                        arguments.oosLabel()))
                .toList();
        return new Scored(predicted, trainSeconds, latency(test, text -> model.classify(text, languageOf.apply(text))),
                embedSeconds, arguments.language());
    }

    private static String space(String language) {
        return "en".equals(language) ? "en" : "zh";
    }

    private static String label(Prediction prediction, String oosLabel) {
        return prediction.outOfScope() || prediction.label().equals(Understanding.OUT_OF_SCOPE) ? oosLabel
                : prediction.label();
    }

    private static double latency(List<Example> test, java.util.function.Consumer<String> classify) {
        int n = Math.min(LATENCY_SAMPLE, test.size());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            // a trailing space: a text the cache has not seen, so the embedding is really computed
            classify.accept(test.get(i * test.size() / Math.max(1, n)).text() + " ");
        }
        if (n > 0) {
            System.err.printf("per text: %.2f ms wall, %.2f ms CPU of this thread (embedding included)%n",
                    (System.nanoTime() - started) / 1e6 / n, (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / n);
        }
        return n == 0 ? 0 : (System.nanoTime() - started) / 1e6 / n;
    }

    private static List<float[]> vectors(Embeddings embeddings, List<Example> examples, String language) {
        return embeddings.embedAll(examples.stream().map(Example::text).toList(), language);
    }

    private static String majorityLanguage(List<Example> examples) {
        long chinese = examples.stream().filter(e -> e.text().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        return chinese * 2 >= examples.size() ? "zh" : "en";
    }

    /** Rows without a label (a file of out-of-scope texts only) get {@code oosLabel}. */
    static List<Example> examples(Path file, String oosLabel) {
        List<Map<String, String>> rows = CsvFile.read(file);
        List<Example> examples = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String text = row.get("text");
            String label = row.containsKey("label") ? row.get("label")
                    : row.containsKey("intent") ? row.get("intent") : oosLabel;
            if (text != null && label != null && !text.isBlank()) {
                examples.add(new Example(text, label.strip()));
            }
        }
        System.err.printf("read %d examples from %s%n", examples.size(), file);
        return examples;
    }

    private static Path dataDirectory() {
        String configured = System.getProperty("kefu.data-dir", System.getenv().getOrDefault("KEFU_DATA_DIR", "data"));
        return Path.of(configured);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
