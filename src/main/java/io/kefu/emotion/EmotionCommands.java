package io.kefu.emotion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.kefu.emotion.internal.ShippedEmotionExamples;
import io.kefu.nlu.Embeddings;
import io.kefu.nlu.Evaluations;
import io.kefu.nlu.TextClassification;

/**
 * {@code eval --task emotion [--train T.csv] --test X.csv [--lang zh|en|auto]}: trains a fresh
 * emotion classifier of the production kind on T (or uses the built-in one) and scores it on X.
 * {@code eval --task polarity --test X.csv}: scores the built-in emotion model as a
 * positive/negative classifier on a review set (labels 1/0, pos/neg or positive/negative).
 * Progress goes to stderr; the last stdout line is the result as JSON.
 */
public final class EmotionCommands {

    private static final List<String> NEGATIVE = List.of("anger", "anxiety", "disappointment");

    private EmotionCommands() {
    }

    public static int eval(String[] args) {
        String task = option(args, "--task");
        String test = option(args, "--test");
        if (test == null) {
            System.err.println("usage: eval --task emotion|polarity [--train T.csv] --test X.csv [--lang zh|en|auto]");
            return 2;
        }
        String lang = option(args, "--lang");
        Path dataDir = Path.of(System.getProperty("kefu.data-dir", System.getenv().getOrDefault("KEFU_DATA_DIR", "./data")));
        Embeddings embeddings = Evaluations.embeddings(dataDir);
        TextClassification classification = TextClassification.standalone(embeddings);
        long started = System.nanoTime();
        String train = option(args, "--train");
        System.err.println("training on " + (train != null ? train : "the built-in examples") + " ...");
        List<TextClassification.LabeledText> trainExamples = train != null ? read(Path.of(train), lang) : ShippedEmotionExamples.load();
        embedAhead(embeddings, trainExamples);
        TextClassification.Model model = classification.train(trainExamples);
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        List<TextClassification.LabeledText> examples = read(Path.of(test), lang);
        embedAhead(embeddings, examples);
        Function<TextClassification.Scores, String> label = "polarity".equals(task) ? EmotionCommands::polarity : TextClassification.Scores::label;
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        long scoring = System.nanoTime();
        for (int i = 0; i < examples.size(); i++) {
            TextClassification.LabeledText example = examples.get(i);
            gold.add("polarity".equals(task) ? polarityOf(example.label()) : example.label());
            predicted.add(label.apply(model.classify(example.text(), example.language())));
            if ((i + 1) % 500 == 0) {
                System.err.printf("%d/%d%n", i + 1, examples.size());
            }
        }
        double millisPerText = (System.nanoTime() - scoring) / 1e6 / Math.max(1, examples.size());
        Evaluations.listErrorsIfAsked(gold, predicted, examples.stream().map(TextClassification.LabeledText::text).toList());
        Evaluations.Scores scores = Evaluations.score(gold, predicted);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", task);
        result.put("n", scores.n());
        result.put("accuracy", round(scores.accuracy()));
        result.put("macroF1", round(scores.macroF1()));
        result.put("trainSeconds", round(trainSeconds));
        result.put("millisPerText", round(millisPerText));
        System.out.println(toJson(result));
        return 0;
    }

    /** Each language's texts go to their embedding model together, ahead of scoring them one by one. */
    private static void embedAhead(Embeddings embeddings, List<TextClassification.LabeledText> examples) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        examples.forEach(e -> byLanguage.computeIfAbsent(e.language(), language -> new ArrayList<>()).add(e.text()));
        byLanguage.forEach((language, texts) -> Evaluations.embedAhead(embeddings, texts, language));
    }

    /** A review is positive when satisfaction outweighs the negative feelings together. */
    private static String polarity(TextClassification.Scores scores) {
        double negative = NEGATIVE.stream().mapToDouble(l -> scores.probabilities().getOrDefault(l, 0.0)).sum();
        return scores.probabilities().getOrDefault("satisfaction", 0.0) >= negative ? "pos" : "neg";
    }

    private static String polarityOf(String label) {
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "1", "pos", "positive" -> "pos";
            case "0", "neg", "negative" -> "neg";
            default -> throw new IllegalArgumentException("not a polarity label: " + label);
        };
    }

    private static List<TextClassification.LabeledText> read(Path csv, String lang) {
        try (InputStream in = Files.newInputStream(csv)) {
            return TextClassification.readExamples(in, null).stream().map(e -> new TextClassification.LabeledText(e.text(), e.label(),
                    lang != null && !"auto".equals(lang) ? lang : e.language() != null ? e.language() : Evaluations.detectLanguage(e.text())))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String toJson(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":")
            .append(value instanceof String s ? "\"" + s + "\"" : value));
        return json.append('}').toString();
    }
}
