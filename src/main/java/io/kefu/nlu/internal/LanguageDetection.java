package io.kefu.nlu.internal;

/**
 * Tells the language of a message: {@code zh}, {@code en} or {@code mixed}. Thread-safe.
 */
public interface LanguageDetection {

    String detect(String text);
}
