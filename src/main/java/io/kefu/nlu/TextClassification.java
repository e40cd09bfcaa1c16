package io.kefu.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.nlu.internal.TrainedModelCache;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.classify.Example;
import io.kefu.nlu.internal.classify.Prediction;
import io.kefu.nlu.internal.classify.TextClassifier;
import io.kefu.platform.CsvFile;

/**
 * Trains text classifiers of the same kind as the intent classifier (sentence embeddings plus
 * character n-grams, calibrated) for any other label set, such as emotions. One classifier per
 * embedding model: Chinese and mixed texts train and are classified with the Chinese model,
 * English ones with the English model. In the service, a model can be kept under the data
 * directory ({@code nlu/models}, beside the intent model) so that a restart loads it in
 * milliseconds instead of training it again.
 */
@Component
public class TextClassification {

    /** A label the trainer never sees, so no prediction is ever rejected as out of scope. */
    private static final String NO_REJECTION = "\u0000none";

    private static final String KIND = "text-classifier";

    private final Embeddings embeddings;
    private final ClassifierTrainer trainer;
    private final TrainedModelCache cache;

    TextClassification(Embeddings embeddings, ClassifierTrainer trainer, TrainedModelCache cache) {
        this.embeddings = embeddings;
        this.trainer = trainer;
        this.cache = cache;
    }

    /** For offline commands that run without the application context: nothing is kept between runs. */
    public static TextClassification standalone(Embeddings embeddings) {
        return new TextClassification(embeddings, new ClassifierTrainer(), null);
    }

    /** Never returns null; a language with no examples falls back to the other language's model. */
    public Model train(List<LabeledText> examples) {
        return model(classifiers(examples));
    }

    /**
     * Trains like {@link #train} and keeps the model under the data directory, so that the next
     * start {@link #kept finds it} instead of training again.
     */
    public Model trainAndKeep(List<LabeledText> examples) {
        Map<String, TextClassifier> classifiers = classifiers(examples);
        if (cache != null) {
            cache.save(key(examples), classifiers);
        }
        return model(classifiers);
    }

    /** The model {@link #trainAndKeep trained and kept} earlier on exactly these examples, if there is one. */
    public Optional<Model> kept(List<LabeledText> examples) {
        return cache == null ? Optional.empty() : cache.load(key(examples)).map(this::model);
    }

    private String key(List<LabeledText> examples) {
        return TrainedModelCache.key(KIND, trainer, embeddings,
                examples.stream().map(example -> TrainedModelCache.example(example.language(), example.label(), example.text())).toList());
    }

    private Map<String, TextClassifier> classifiers(List<LabeledText> examples) {
        Map<String, List<Example>> bySpace = new HashMap<>();
        for (LabeledText example : examples) {
            bySpace.computeIfAbsent(space(example.language()), s -> new ArrayList<>()).add(new Example(example.text(), example.label()));
        }
        Map<String, TextClassifier> classifiers = new HashMap<>();
        bySpace.forEach((space, list) ->
                classifiers.put(space, trainer.train(list, embeddings.embedAll(list.stream().map(Example::text).toList(), space), NO_REJECTION)));
        return classifiers;
    }

    private Model model(Map<String, TextClassifier> classifiers) {
        return (text, language) -> {
            String space = classifiers.containsKey(space(language)) ? space(language) : classifiers.keySet().iterator().next();
            Prediction prediction = classifiers.get(space).classify(text, embeddings.embed(text, space));
            Map<String, Double> probabilities = new HashMap<>();
            prediction.candidates().forEach(candidate -> probabilities.put(candidate.label(), candidate.probability()));
            Prediction.Candidate best = prediction.candidates().getFirst();
            return new Scores(best.label(), best.probability(), probabilities);
        };
    }

    /**
     * Reads examples from a CSV with a header naming the columns {@code text}, {@code label} and
     * (optionally) {@code language}; rows without a language are taken as {@code defaultLanguage}.
     */
    public static List<LabeledText> readExamples(InputStream csv, String defaultLanguage) throws IOException {
        List<LabeledText> examples = new ArrayList<>();
        for (Map<String, String> row : CsvFile.read(csv)) {
            String language = row.getOrDefault("language", defaultLanguage);
            examples.add(new LabeledText(row.get("text"), row.get("label"), language == null || language.isBlank() ? defaultLanguage : language));
        }
        return examples;
    }

    /**
     * The shipped intent examples, labelled with their intent: everyday shop messages, useful as the
     * "nothing special" side of a classifier that looks for something else in them.
     */
    public static List<LabeledText> shippedIntentExamples() {
        return io.kefu.nlu.internal.ShippedExamples.load().stream()
            .map(example -> new LabeledText(example.text(), example.intent(), example.language())).toList();
    }

    private static String space(String language) {
        return "en".equals(language) ? "en" : "zh";
    }

    /** A training example; {@code language} is zh, en or mixed. */
    public record LabeledText(String text, String label, String language) {
    }

    /** The most likely label and its probability, and the probability of every label. */
    public record Scores(String label, double confidence, Map<String, Double> probabilities) {
    }

    /** A trained classifier. Thread-safe. */
    @FunctionalInterface
    public interface Model {

        Scores classify(String text, String language);
    }
}
