package io.kefu.emotion.internal;

/** Tells which emotion a message expresses and how sure it is. Thread-safe. */
interface EmotionModel {

    Scored classify(String text, String language);

    /** @param confidence probability of {@code label}, 0..1 */
    record Scored(String label, double confidence) {
    }
}
