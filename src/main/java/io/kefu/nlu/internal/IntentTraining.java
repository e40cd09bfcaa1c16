package io.kefu.nlu.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.Understanding;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.classify.Example;
import io.kefu.nlu.internal.classify.TextClassifier;
import io.kefu.nlu.internal.embedding.Workers;

/**
 * Builds an {@link IntentModel} from intent examples: Chinese and mixed examples train the
 * classifier on the Chinese embedding model, English examples the one on the English model. The
 * out-of-scope examples (label {@code out_of_scope}, or {@code oos}) become an explicit class and
 * teach the rejection rule. Thread-safe.
 */
public final class IntentTraining {

    private static final Set<String> OUT_OF_SCOPE_LABELS = Set.of(Understanding.OUT_OF_SCOPE, "oos");

    private final Embeddings embeddings;
    private final ClassifierTrainer trainer;

    public IntentTraining(Embeddings embeddings, ClassifierTrainer trainer) {
        this.embeddings = embeddings;
        this.trainer = trainer;
    }

    /** The embedding space of a language: {@code en}, or {@code zh} for Chinese and mixed text. */
    static String space(String language) {
        return "en".equals(language) ? "en" : "zh";
    }

    /** What identifies a model trained on these examples with this trainer and these embedding models. */
    String key(List<IntentExample> examples) {
        return TrainedModelCache.key("intent", trainer, embeddings, examples.stream()
                .map(example -> TrainedModelCache.example(example.language(), example.intent(), example.text())).toList());
    }

    public TrainedIntentModel train(List<IntentExample> examples) {
        Map<String, List<Example>> bySpace = new HashMap<>();
        for (IntentExample example : examples) {
            String label = OUT_OF_SCOPE_LABELS.contains(example.intent()) ? Understanding.OUT_OF_SCOPE
                    : example.intent();
            bySpace.computeIfAbsent(space(example.language()), s -> new ArrayList<>())
                    .add(new Example(example.text(), label));
        }
        // the two languages train at the same time: start-up waits for the slower one only
        Map<String, TextClassifier> classifiers = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService workers = Workers.pool("intent-training", Math.max(1, bySpace.size()));
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            bySpace.forEach((space, list) -> running.add(workers.submit(() -> {
                List<float[]> vectors = embeddings.embedAll(list.stream().map(Example::text).toList(), space);
                classifiers.put(space, trainer.train(list, vectors, Understanding.OUT_OF_SCOPE));
            })));
            for (java.util.concurrent.Future<?> training : running) {
                training.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("intent training failed", e.getCause());
        } finally {
            workers.shutdown();
        }
        embeddings.flush();
        return new TrainedIntentModel(classifiers, embeddings);
    }
}
