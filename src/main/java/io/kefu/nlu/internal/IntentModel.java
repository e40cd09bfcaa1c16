package io.kefu.nlu.internal;

import io.kefu.nlu.internal.classify.Prediction;

/**
 * Classifies a message into an intent or out-of-scope. Implementations are immutable and
 * thread-safe; retraining builds a new one.
 */
public interface IntentModel {

    /** Classifies a text whose language is known; never null. */
    Prediction classify(String text, String language);
}
