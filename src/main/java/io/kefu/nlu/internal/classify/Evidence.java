package io.kefu.nlu.internal.classify;

/**
 * What the classifier saw for one text, from which the out-of-scope decision is made.
 *
 * @param probabilities calibrated probabilities of all classes (the explicit out-of-scope class
 *                      included when there is one)
 * @param top           index of the most probable in-scope class
 * @param second        index of the runner-up in-scope class, or -1
 * @param outOfScope    probability of the explicit out-of-scope class, 0 without one
 * @param nearest       cosine similarity to the nearest in-scope training example
 * @param nearestOfTop  cosine similarity to the nearest training example of {@code top}
 * @param coverage      share of the text's n-grams known from training
 */
record Evidence(double[] probabilities, int top, int second, double outOfScope, float nearest, float nearestOfTop,
        float coverage) {

    double topProbability() {
        return probabilities[top];
    }

    /** The explicit out-of-scope class is more probable than any intent. */
    boolean explicitlyOutOfScope() {
        return outOfScope > topProbability();
    }

    double margin() {
        return second < 0 ? probabilities[top] : probabilities[top] - probabilities[second];
    }

    /** The numbers the learned rejection rule weighs. */
    double[] features() {
        return new double[] {Math.log(topProbability() + 1e-6), Math.log(outOfScope + 1e-6), nearest, nearestOfTop,
                margin(), coverage};
    }
}
