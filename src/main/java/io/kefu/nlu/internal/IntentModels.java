package io.kefu.nlu.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * from the cache; otherwise a {@link NearestExampleModel} answers at once and the trained model
 * replaces it when its training in the background is done.
 */
public class IntentModels {

    private static final Logger log = LoggerFactory.getLogger(IntentModels.class);

    private final IntentTraining training;
    private final MerchantExamples merchantExamples;
    private final List<IntentExample> shipped;
    private final TrainedModelCache cache;
    private final AtomicReference<IntentModel> current = new AtomicReference<>();
    private final ReentrantLock retraining = new ReentrantLock();

    /**
     * @param cache      where trained models are kept between starts, or null
     * @param background where to train after returning (serving a provisional model meanwhile), or
     *                   null to train before returning
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
            current.set(new TrainedIntentModel(cached.get(), embeddings));
            log.info("intent model loaded from the cache");
        } else if (background != null) {
            current.set(new NearestExampleModel(examples, embeddings));
            background.execute(this::retrain);
        } else {
            retrain();
        }
    }

    /** Trains at once, without a cache (tests, and the {@code eval} of the built-in model). */
    public IntentModels(IntentTraining training, MerchantExamples merchantExamples, List<IntentExample> shipped) {
        this(training, merchantExamples, shipped, null, null, null);
    }

    /** The model in use; never null. */
    public IntentModel current() {
        return current.get();
    }

    /** Trains a model from the shipped and merchant examples and swaps it in. */
    public final void retrain() {
        retraining.lock();
        try {
            long started = System.nanoTime();
            List<IntentExample> examples = examples();
            TrainedIntentModel model = training.train(examples);
            current.set(model);
            log.info("intent model trained on {} examples in {} ms", examples.size(),
                    (System.nanoTime() - started) / 1_000_000);
            if (cache != null) {
                cache.save(training.key(examples), model.classifiers());
            }
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
