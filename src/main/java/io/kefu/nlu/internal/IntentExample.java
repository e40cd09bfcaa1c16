package io.kefu.nlu.internal;

/**
 * One training sentence for an intent, shipped or added by the merchant.
 *
 * @param language {@code zh}, {@code en} or {@code mixed}
 */
public record IntentExample(String text, String intent, String language) {
}
