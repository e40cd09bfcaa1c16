package io.kefu.nlu.internal.classify;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over one dense block (the sentence embedding) and one sparse
 * block (n-grams), trained jointly so each block corrects the other's mistakes. Training is
 * mini-batch Adam with decoupled weight decay; sparse rows are updated lazily (only the n-grams
 * present in a batch), which keeps an epoch over tens of thousands of texts to about a second.
 * A trained model is immutable and thread-safe.
 */
final class SoftmaxRegression implements java.io.Serializable {

    private static final long serialVersionUID = 2L;

    private final int classes;
    private final int dense;
    // feature-major, like the sparse block: a text's logits are one axpy over the classes per
    // feature, a loop the JIT vectorises, where class-major rows would need float dot products it does not
    private final float[] denseWeights; // [feature * classes + class]
    private final float[] sparseWeights; // [feature * classes + class]
    private final float[] bias;

    private SoftmaxRegression(int classes, int dense, int sparse) {
        this.classes = classes;
        this.dense = dense;
        this.denseWeights = new float[classes * dense];
        this.sparseWeights = new float[sparse * classes];
        this.bias = new float[classes];
    }

    record Options(int epochs, int batchSize, float learningRate, float weightDecay, long seed) {

        static Options defaults() {
            return new Options(12, 64, 0.003f, 1e-4f, 42);
        }
    }

    int classes() {
        return classes;
    }

    /** Unnormalised class scores. */
    float[] logits(float[] x, SparseVector s) {
        float[] logits = sparseLogits(s);
        for (int j = 0; j < dense; j++) {
            Vectors.addScaled(logits, 0, denseWeights, j * classes, x[j], classes);
        }
        return logits;
    }

    /** The bias plus the n-grams' share of the class scores. */
    private float[] sparseLogits(SparseVector s) {
        float[] logits = bias.clone();
        int[] indices = s.indices();
        float[] values = s.values();
        for (int k = 0; k < indices.length; k++) {
            Vectors.addScaled(logits, 0, sparseWeights, indices[k] * classes, values[k], classes);
        }
        return logits;
    }

    static double[] softmax(float[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp((logits[c] - max) / temperature);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    static SoftmaxRegression train(List<float[]> x, List<SparseVector> s, int[] labels, int classes, int sparse,
            Options options) {
        int dense = x.getFirst().length;
        SoftmaxRegression model = new SoftmaxRegression(classes, dense, sparse);
        new Trainer(model, options).run(x, s, labels);
        return model;
    }

    /** Adam state and the gradient buffers of one training run. */
    private static final class Trainer {

        private static final float BETA1 = 0.9f;
        private static final float BETA2 = 0.999f;
        private static final float EPSILON = 1e-8f;

        private final SoftmaxRegression model;
        private final Options options;
        private final float[] denseGradient;
        private final float[] denseM;
        private final float[] denseV;
        private final float[] sparseGradient;
        private final float[] sparseM;
        private final float[] sparseV;
        private final float[] biasGradient;
        private final float[] biasM;
        private final float[] biasV;
        private final boolean[] touched;
        private final int[] touchedList;
        private int touchedCount;
        private int step;

        Trainer(SoftmaxRegression model, Options options) {
            this.model = model;
            this.options = options;
            denseGradient = new float[model.denseWeights.length];
            denseM = new float[model.denseWeights.length];
            denseV = new float[model.denseWeights.length];
            sparseGradient = new float[model.sparseWeights.length];
            sparseM = new float[model.sparseWeights.length];
            sparseV = new float[model.sparseWeights.length];
            biasGradient = new float[model.classes];
            biasM = new float[model.classes];
            biasV = new float[model.classes];
            touched = new boolean[model.sparseWeights.length / Math.max(1, model.classes)];
            touchedList = new int[touched.length];
        }

        void run(List<float[]> x, List<SparseVector> s, int[] labels) {
            int n = labels.length;
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Random random = new Random(options.seed());
            for (int epoch = 0; epoch < options.epochs(); epoch++) {
                shuffle(order, random);
                for (int from = 0; from < n; from += options.batchSize()) {
                    int to = Math.min(n, from + options.batchSize());
                    int[] batch = java.util.Arrays.copyOfRange(order, from, to);
                    accumulate(batch, x, s, labels);
                    apply(batch.length);
                }
            }
        }

        /**
         * Adds one batch's gradient. The dense block is swept feature by feature over a slice of
         * the batch, so each weight row is read once per slice rather than once per text.
         */
        private void accumulate(int[] batch, List<float[]> x, List<SparseVector> s, int[] labels) {
            int classes = model.classes;
            int dense = model.dense;
            float[][] rows = new float[batch.length][];
            float[][] logits = new float[batch.length][];
            for (int b = 0; b < batch.length; b++) {
                rows[b] = x.get(batch[b]);
                logits[b] = model.sparseLogits(s.get(batch[b]));
            }
            inSlices(batch.length, (first, end) -> {
                for (int j = 0; j < dense; j++) {
                    for (int b = first; b < end; b++) {
                        Vectors.addScaled(logits[b], 0, model.denseWeights, j * classes, rows[b][j], classes);
                    }
                }
            });
            float[][] errors = new float[batch.length][];
            for (int b = 0; b < batch.length; b++) {
                errors[b] = error(logits[b], labels[batch[b]]);
                if (negligible(errors[b])) {
                    errors[b] = null;
                } else {
                    accumulateSparse(s.get(batch[b]), errors[b]);
                }
            }
            inSlices(dense, (first, end) -> {
                for (int j = first; j < end; j++) {
                    for (int b = 0; b < batch.length; b++) {
                        if (errors[b] != null) {
                            Vectors.addScaled(denseGradient, j * classes, errors[b], 0, rows[b][j], classes);
                        }
                    }
                }
            });
        }

        /** A part of a range of work whose parts write disjoint outputs. */
        private interface Slice {
            void run(int from, int to);
        }

        private static final int SLICES = 4;

        /**
         * Runs the slices of {@code [0, n)} on the common pool. Candidate models are fitted side by
         * side, one per core, but not always as many as there are cores: the dense block, most of
         * the work, is sliced so an idle core takes a share of it.
         */
        private static void inSlices(int n, Slice slice) {
            java.util.stream.IntStream.range(0, SLICES).parallel()
                    .forEach(k -> slice.run(n * k / SLICES, n * (k + 1) / SLICES));
        }

        /**
         * An example whose every class error is below this adds nothing measurable to a batch's
         * gradient: once the model fits most training texts this closely, skipping their gradient
         * saves a fifth of CLINC150's training time (1e-3 left its test figures unchanged within a
         * text or two; 1e-2 cost half a point of in-scope accuracy).
         */
        private static final float NEGLIGIBLE = 1e-3f;

        private static boolean negligible(float[] error) {
            for (float e : error) {
                if (Math.abs(e) >= NEGLIGIBLE) {
                    return false;
                }
            }
            return true;
        }

        /** The gradient of the loss by the logits (predicted minus true), added to the bias gradient. */
        private float[] error(float[] logits, int label) {
            double[] p = softmax(logits, 1);
            float[] g = new float[p.length];
            for (int c = 0; c < p.length; c++) {
                g[c] = (float) (p[c] - (c == label ? 1 : 0));
                biasGradient[c] += g[c];
            }
            return g;
        }

        private void accumulateSparse(SparseVector s, float[] error) {
            int[] indices = s.indices();
            float[] values = s.values();
            for (int k = 0; k < indices.length; k++) {
                Vectors.addScaled(sparseGradient, indices[k] * model.classes, error, 0, values[k], model.classes);
            }
            for (int feature : indices) {
                if (!touched[feature]) {
                    touched[feature] = true;
                    touchedList[touchedCount++] = feature;
                }
            }
        }

        private void apply(int batch) {
            step++;
            float lr = options.learningRate();
            float correction1 = 1 - (float) Math.pow(BETA1, step);
            float correction2 = 1 - (float) Math.pow(BETA2, step);
            float scale = 1f / batch;
            update(model.bias, biasGradient, biasM, biasV, 0, model.classes, scale, lr, correction1, correction2, 0);
            inSlices(model.denseWeights.length, (from, to) -> update(model.denseWeights, denseGradient, denseM, denseV,
                    from, to, scale, lr, correction1, correction2, options.weightDecay()));
            for (int t = 0; t < touchedCount; t++) {
                int feature = touchedList[t];
                touched[feature] = false;
                int from = feature * model.classes;
                update(model.sparseWeights, sparseGradient, sparseM, sparseV, from, from + model.classes, scale, lr,
                        correction1, correction2, options.weightDecay());
            }
            touchedCount = 0;
        }

        private static void update(float[] w, float[] g, float[] m, float[] v, int from, int to, float scale,
                float lr, float correction1, float correction2, float decay) {
            for (int i = from; i < to; i++) {
                float gradient = g[i] * scale;
                g[i] = 0;
                m[i] = BETA1 * m[i] + (1 - BETA1) * gradient;
                v[i] = BETA2 * v[i] + (1 - BETA2) * gradient * gradient;
                float mHat = m[i] / correction1;
                float vHat = v[i] / correction2;
                w[i] -= lr * (mHat / ((float) Math.sqrt(vHat) + EPSILON) + decay * w[i]);
            }
        }

        private static void shuffle(int[] order, Random random) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
        }
    }
}
