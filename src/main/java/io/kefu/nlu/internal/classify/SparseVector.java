package io.kefu.nlu.internal.classify;

/**
 * Non-zero entries of a long feature vector, and the share of the text's n-grams that the
 * vocabulary knew (low for text unlike anything in training).
 */
record SparseVector(int[] indices, float[] values, float coverage) {
}
