package io.kefu.nlu.internal.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains {@link TextClassifier}s from labelled texts and their embeddings — for intents, and for
 * any other label set (emotions) the same way. Training takes seconds: one joint linear model,
 * then the temperature and the out-of-scope rule are fitted on held-out data the model never
 * saw. Without a held-out set, a stratified fifth of the training data is held out to fit them
 * and the model is then retrained on everything. Thread-safe (no state).
 */
public final class ClassifierTrainer {

    private static final int BATCH = 64;
    private static final int STEPS = 3000;

    private final Settings settings;

    public ClassifierTrainer(Settings settings) {
        this.settings = settings;
    }

    public ClassifierTrainer() {
        this(Settings.defaults());
    }

    /**
     * @param embeddingWeight scale of the standardised embedding features
     * @param ngramWeights    candidate lengths of each text's n-gram vector (the weight of n-grams
     *                        against the embedding); the one most accurate on held-out data is kept,
     *                        because how much the words add to the embedding differs by language
     *                        and domain
     * @param epochs          passes over the training data; 0 picks about 3,000 Adam steps
     *                        (between 8 and 40 passes), so small data sets are not under-trained
     * @param learningRate    Adam step size
     * @param weightDecay     decoupled L2 decay per step
     * @param heldOutShare    share held out to fit calibration when no held-out set is given
     * @param oosRecallFloor  share of held-out out-of-scope texts the out-of-scope rule must reject
     */
    public record Settings(float embeddingWeight, List<Float> ngramWeights, int epochs, float learningRate,
            float weightDecay, double heldOutShare, double oosRecallFloor) {

        public Settings {
            ngramWeights = List.copyOf(ngramWeights);
            if (ngramWeights.isEmpty()) {
                throw new IllegalArgumentException("at least one n-gram weight is needed");
            }
        }

        public static Settings defaults() {
            return new Settings(Float.parseFloat(System.getProperty("kefu.nlu.embedding-weight", "1")),
                    java.util.Arrays.stream(System.getProperty("kefu.nlu.ngram-weight", "3,6,10").split(","))
                            .map(String::strip).map(Float::valueOf).toList(),
                    Integer.parseInt(System.getProperty("kefu.nlu.epochs", "0")),
                    Float.parseFloat(System.getProperty("kefu.nlu.learning-rate", "0.001")),
                    Float.parseFloat(System.getProperty("kefu.nlu.weight-decay", "1e-4")), 0.2,
                    Double.parseDouble(System.getProperty("kefu.nlu.oos-recall-floor", "0.9")));
        }
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Trains on {@code train} and fits calibration and the out-of-scope rule on {@code heldOut}.
     *
     * @param outOfScopeLabel the label of out-of-scope examples (they may be absent); rejected
     *                        texts get this label
     */
    public TextClassifier train(List<Example> train, List<float[]> trainVectors, List<Example> heldOut,
            List<float[]> heldOutVectors, String outOfScopeLabel) {
        Choice best = bestOnHeldOut(train, trainVectors, heldOut, heldOutVectors, outOfScopeLabel);
        Calibration calibration = best.calibration();
        return best.fitted().recalibrated(calibration.temperature(), calibration.neighbourWeight(), calibration.rule());
    }

    /** Trains on everything after fitting calibration and the rule on a held-out share of it. */
    public TextClassifier train(List<Example> all, List<float[]> vectors, String outOfScopeLabel) {
        Split split = split(all, vectors);
        if (split.heldOut().isEmpty()) {
            return fitModel(all, vectors, Classes.of(all, vectors), outOfScopeLabel, settings.ngramWeights().getFirst(),
                    NO_CALIBRATION);
        }
        Calibration best = bestOnHeldOut(split.train(), split.trainVectors(), split.heldOut(), split.heldOutVectors(),
                outOfScopeLabel).calibration();
        return fitModel(all, vectors, Classes.of(all, vectors), outOfScopeLabel, best.ngramWeight(), best);
    }

    /** A model fitted with one n-gram weight and what its held-out data decided. */
    private record Choice(TextClassifier fitted, Calibration calibration) {
    }

    /**
     * The label set of a training set, each example's class index and the examples' vectors for
     * the nearest-neighbour scan: the same for every candidate model fitted on that set.
     */
    private record Classes(List<String> labels, int[] y, NearestNeighbours neighbours) {

        static Classes of(List<Example> train, List<float[]> vectors) {
            List<String> labels = train.stream().map(Example::label).distinct().toList();
            Map<String, Integer> classOf = new HashMap<>();
            for (int c = 0; c < labels.size(); c++) {
                classOf.put(labels.get(c), c);
            }
            int[] y = train.stream().mapToInt(example -> classOf.get(example.label())).toArray();
            return new Classes(labels, y, new NearestNeighbours(vectors, y, labels.size()));
        }
    }

    /**
     * Fits a model for each candidate n-gram weight and keeps the one most accurate on held-out
     * data (the first of equals). A fit runs mostly on one thread, so the candidates are fitted side
     * by side; the held-out texts' nearest training examples are the same for all of them and are
     * scanned once.
     *
     * <p>Averaging the candidates' logits instead ranks out-of-scope texts better (CLINC150:
     * out-of-scope recall at 0.95 in-scope accuracy 0.872–0.873 over three seeds, against
     * 0.853–0.856 over two) but held-out data then sets thresholds that refuse more in-scope texts
     * (in-scope 0.940–0.950), Banking77 loses 0.16 points and start-up training fits three final
     * models instead of one; so one candidate is kept.
     */
    private Choice bestOnHeldOut(List<Example> train, List<float[]> trainVectors, List<Example> heldOut,
            List<float[]> heldOutVectors, String outOfScopeLabel) {
        Classes classes = Classes.of(train, trainVectors);
        List<float[]> heldOutNearest = heldOutVectors.parallelStream().map(classes.neighbours()::bestPerClass).toList();
        return settings.ngramWeights().parallelStream().map(ngramWeight -> {
            TextClassifier fitted = fitModel(train, trainVectors, classes, outOfScopeLabel, ngramWeight, NO_CALIBRATION);
            return new Choice(fitted,
                    calibrate(fitted, heldOut, heldOutVectors, heldOutNearest, outOfScopeLabel, ngramWeight));
        }).max(java.util.Comparator.comparingInt(choice -> choice.calibration().heldOutCorrect())).orElseThrow();
    }

    /** What held-out data decided, and how many held-out texts the model then gets right. */
    private record Calibration(double temperature, double neighbourWeight, RejectionRule rule, float ngramWeight,
            int heldOutCorrect) {
    }

    private static final Calibration NO_CALIBRATION = new Calibration(1, 0, RejectionRule.explicitClassOnly(), 0, 0);

    private static final double[] NEIGHBOUR_WEIGHTS = {0, 2, 5, 10, 20, 35, 50};

    private Calibration calibrate(TextClassifier model, List<Example> heldOut, List<float[]> vectors,
            List<float[]> nearest, String outOfScopeLabel, float ngramWeight) {
        List<String> labels = model.labels();
        int n = heldOut.size();
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            truth[i] = labels.indexOf(heldOut.get(i).label());
        }
        // computed once per text for every setting below
        List<TextClassifier.Scores> scores = java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> model.scores(heldOut.get(i).text(), vectors.get(i), nearest.get(i))).toList();
        // the weight of the nearest-neighbour vote: the one most accurate on held-out data
        double neighbourWeight = 0;
        int bestCorrect = -1;
        for (double weight : NEIGHBOUR_WEIGHTS) {
            int correct = 0;
            for (int i = 0; i < n; i++) {
                correct += argmax(TextClassifier.combined(scores.get(i), weight)) == truth[i] ? 1 : 0;
            }
            if (correct > bestCorrect) {
                bestCorrect = correct;
                neighbourWeight = weight;
            }
        }
        double chosenWeight = neighbourWeight;
        double temperature = Temperature.fit(scores.stream().map(s -> TextClassifier.combined(s, chosenWeight)).toList(),
                truth);
        List<Evidence> evidence = new ArrayList<>();
        boolean[] outOfScope = new boolean[n];
        boolean[] correct = new boolean[n];
        boolean anyOutOfScope = false;
        for (int i = 0; i < n; i++) {
            Evidence e = model.evidence(scores.get(i), temperature, neighbourWeight);
            evidence.add(e);
            outOfScope[i] = heldOut.get(i).label().equals(outOfScopeLabel);
            correct[i] = e.top() == truth[i];
            anyOutOfScope |= outOfScope[i];
        }
        RejectionRule rule = anyOutOfScope ? RejectionRule.fit(evidence, outOfScope, correct, settings.oosRecallFloor())
                : RejectionRule.explicitClassOnly();
        return new Calibration(temperature, neighbourWeight, rule, ngramWeight, bestCorrect);
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private TextClassifier fitModel(List<Example> train, List<float[]> vectors, Classes classes, String outOfScopeLabel,
            float ngramWeight, Calibration calibration) {
        List<String> labels = classes.labels();
        int[] y = classes.y();
        List<String> texts = train.stream().map(Example::text).toList();
        NgramVocabulary vocabulary = NgramVocabulary.build(texts, texts.size() > 5000 ? 2 : 1, ngramWeight);
        DenseScaler scaler = DenseScaler.fit(vectors, settings.embeddingWeight());
        List<float[]> dense = vectors.stream().map(scaler::apply).toList();
        List<SparseVector> sparse = texts.stream().map(vocabulary::vector).toList();
        SoftmaxRegression model = SoftmaxRegression.train(dense, sparse, y, labels.size(), vocabulary.size(),
                new SoftmaxRegression.Options(epochs(train.size()), BATCH, settings.learningRate(), settings.weightDecay(),
                        42));
        return new TextClassifier(labels, outOfScopeLabel, vocabulary, scaler, model, classes.neighbours(),
                calibration.temperature(), calibration.neighbourWeight(), calibration.rule());
    }

    private int epochs(int examples) {
        if (settings.epochs() > 0) {
            return settings.epochs();
        }
        int batches = Math.max(1, (examples + BATCH - 1) / BATCH);
        return Math.max(8, Math.min(40, (STEPS + batches - 1) / batches));
    }

    private record Split(List<Example> train, List<float[]> trainVectors, List<Example> heldOut,
            List<float[]> heldOutVectors) {
    }

    /** Stratified: every label with at least two examples gives about the same share. */
    private Split split(List<Example> all, List<float[]> vectors) {
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byLabel.computeIfAbsent(all.get(i).label(), label -> new ArrayList<>()).add(i);
        }
        Random random = new Random(7);
        Split split = new Split(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (List<Integer> indices : byLabel.values()) {
            java.util.Collections.shuffle(indices, random);
            int held = indices.size() < 2 ? 0 : Math.max(1, (int) Math.round(indices.size() * settings.heldOutShare()));
            for (int k = 0; k < indices.size(); k++) {
                int i = indices.get(k);
                if (k < held) {
                    split.heldOut().add(all.get(i));
                    split.heldOutVectors().add(vectors.get(i));
                } else {
                    split.train().add(all.get(i));
                    split.trainVectors().add(vectors.get(i));
                }
            }
        }
        return split;
    }
}
