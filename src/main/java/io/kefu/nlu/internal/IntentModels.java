package io.kefu.nlu.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kefu.nlu.Embeddings;

/**
 * Holds the current intent model and replaces it, whole, when the examples change: a message is
 * always classified by one complete model, never by one half-way through retraining, and
 * retraining never blocks classification. Retrainings run one at a time.
 *
 * <p>Start-up does not wait for training: a model trained earlier on the same examples is loaded
 * from the cache; otherwise the model trains in the background, {@link #ready} completes when it
 * is in use, and a message that needs it sooner waits for it. No stand-in answers meanwhile: a
 * rougher model misses exactly what matters most (a request for a human, a complaint).
 */
public class IntentModels {

    private static final Logger log = LoggerFactory.getLogger(IntentModels.class);

    private final IntentTraining training;
    private final MerchantExamples merchantExamples;
    private final List<IntentExample> shipped;
    private final TrainedModelCache cache;
    private final AtomicReference<IntentModel> current = new AtomicReference<>();
    private final CompletableFuture<Void> first = new CompletableFuture<>();
    private final ReentrantLock retraining = new ReentrantLock();

    /**
     * @param cache      where trained models are kept between starts, or null
     * @param background where to train after returning, or null to train before returning
     */
    public IntentModels(IntentTraining training, MerchantExamples merchantExamples, List<IntentExample> shipped,
            TrainedModelCache cache, Embeddings embeddings, Executor background) {
        this.training = training;
        this.merchantExamples = merchantExamples;
        this.shipped = List.copyOf(shipped);
        this.cache = cache;
        List<IntentExample> examples = examples();
        var cached = cache == null ? java.util.Optional.<Map<String, io.kefu.nlu.internal.classify.TextClassifier>>empty()
                : cache.load(training.key(examples));
        if (cached.isPresent()) {
            use(new TrainedIntentModel(cached.get(), embeddings));
            log.info("intent model loaded from the cache");
        } else if (background != null) {
            background.execute(() -> {
                try {
                    retrain();
                } catch (RuntimeException e) {
                    first.completeExceptionally(e);
                }
            });
        } else {
            retrain();
        }
    }

    /** Trains at once, without a cache (tests, and the {@code eval} of the built-in model). */
    public IntentModels(IntentTraining training, MerchantExamples merchantExamples, List<IntentExample> shipped) {
        this(training, merchantExamples, shipped, null, null, null);
    }

    /** Completes when the first model is in use; exceptionally when it could not be trained. */
    public CompletionStage<Void> ready() {
        return first.minimalCompletionStage();
    }

    /**
     * The model in use, once there is one (waits for the first); never null.
     *
     * @throws IllegalStateException when the first model could not be trained
     */
    public IntentModel current() {
        IntentModel model = current.get();
        if (model != null) {
            return model;
        }
        try {
            first.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("no intent model: its training failed", e.getCause());
        }
        return current.get();
    }

    private void use(IntentModel model) {
        current.set(model);
        first.complete(null);
    }

    /** Trains a model from the shipped and merchant examples and swaps it in. */
    public final void retrain() {
        retraining.lock();
        try {
            long started = System.nanoTime();
            List<IntentExample> examples = examples();
            TrainedIntentModel model = training.train(examples);
            log.info("intent model trained on {} examples in {} ms", examples.size(),
                    (System.nanoTime() - started) / 1_000_000);
            // kept before it is used: a node that reports ready restarts without training again
            if (cache != null) {
                cache.save(training.key(examples), model.classifiers());
            }
            use(model);
        } catch (RuntimeException e) {
            log.error("intent training failed; the previous model stays in use", e);
            throw e;
        } finally {
            retraining.unlock();
        }
    }

    /** Shipped and merchant examples; a merchant's example overrides a shipped one with the same text. */
    private List<IntentExample> examples() {
        Map<String, IntentExample> byText = new LinkedHashMap<>();
        for (IntentExample example : shipped) {
            byText.put(example.language() + '\u0000' + example.text(), example);
        }
        for (IntentExample example : merchantExamples.all()) {
            byText.put(example.language() + '\u0000' + example.text(), example);
        }
        return new ArrayList<>(byText.values());
    }
}
