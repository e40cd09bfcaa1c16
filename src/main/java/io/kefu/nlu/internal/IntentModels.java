package io.kefu.nlu.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current intent model and replaces it, whole, when merchant examples change: a message
 * is always classified by one complete model, never by one half-way through retraining, and
 * retraining never blocks classification. Retrainings run one at a time.
 */
public class IntentModels {

    private static final Logger log = LoggerFactory.getLogger(IntentModels.class);

    private final IntentTraining training;
    private final MerchantExamples merchantExamples;
    private final List<IntentExample> shipped;
    private final AtomicReference<IntentModel> current = new AtomicReference<>();
    private final ReentrantLock retraining = new ReentrantLock();

    public IntentModels(IntentTraining training, MerchantExamples merchantExamples, List<IntentExample> shipped) {
        this.training = training;
        this.merchantExamples = merchantExamples;
        this.shipped = List.copyOf(shipped);
        retrain();
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
            // a merchant's example overrides a shipped one with the same text and language
            Map<String, IntentExample> byText = new LinkedHashMap<>();
            for (IntentExample example : shipped) {
                byText.put(example.language() + '\u0000' + example.text(), example);
            }
            for (IntentExample example : merchantExamples.all()) {
                byText.put(example.language() + '\u0000' + example.text(), example);
            }
            List<IntentExample> examples = new ArrayList<>(byText.values());
            current.set(training.train(examples));
            log.info("intent model trained on {} examples in {} ms", examples.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            retraining.unlock();
        }
    }
}
