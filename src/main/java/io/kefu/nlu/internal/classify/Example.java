package io.kefu.nlu.internal.classify;

/**
 * One labelled training or test text.
 */
public record Example(String text, String label) {
}
