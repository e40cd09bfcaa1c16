package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.knowledge.FaqEntry;

/**
 * Learns the {@link MatchModel} from the paraphrase bank. Every shopper's question of a bank store
 * is ranked against that store's entries (lent questions coming from the other stores only, as a
 * store Kefu has never seen would have them), and so is each entry's own question; the label is
 * whether the best entry is the one that answers it (false for the questions no entry answers). The answer and suggestion probabilities
 * are chosen on out-of-store predictions (each store predicted by a model of the others): the
 * lowest probabilities at which answers from a wrong entry stay within the given share (by default
 * {@value #WRONG_ANSWERS}) and {@value #WRONG_CHOICES} of all questions.
 * <p>
 * Every answerable question's {@link OtherLanguage} lead is measured too: the line above which a
 * question is taken to be about an entry of the other language is the lead that
 * {@value #OWN_LANGUAGE_KEPT} of the bank's questions, all about entries of their own language, stay
 * below (per language, as the two read the other differently).
 */
final class MatchModelTraining {

    static final double WRONG_ANSWERS = 0.03;
    static final double WRONG_CHOICES = 0.25;
    static final double OWN_LANGUAGE_KEPT = 0.95;
    private static final double L2 = 1.0;
    private static final int ITERATIONS = 3000;
    private static final double LEARNING_RATE = 0.3;

    private MatchModelTraining() {
    }

    /**
     * One bank question: its store, its features and whether its best-ranked entry is right; and for
     * a question an entry answers, its language space and {@link OtherLanguage} lead (NaN otherwise).
     */
    record Example(String store, double[] features, boolean right, String space, double otherLanguageLead) {

        Example(String store, double[] features, boolean right) {
            this(store, features, right, "zh", Double.NaN);
        }
    }

    static List<Example> examples(List<ParaphraseBank.Store> bank, TextVectors vectors, BankExpansion expansion) {
        List<Example> examples = new ArrayList<>();
        for (ParaphraseBank.Store store : bank) {
            List<EntryVectors> entries = new ArrayList<>();
            for (FaqEntry entry : store.entries()) {
                entries.add(EntryVectorsFactory.of(entry, vectors, expansion, store.name()));
            }
            Map<String, List<ParaphraseBank.Asked>> byLanguage = new HashMap<>();
            // shoppers sometimes ask in the merchant's very words: those must be answered too
            store.entries().forEach(entry -> entry.questions().forEach(question -> byLanguage
                .computeIfAbsent(TextVectors.space(entry.language()), k -> new ArrayList<>()).add(new ParaphraseBank.Asked(question, entry.language(), entry.id()))));
            store.asked().forEach(asked -> byLanguage.computeIfAbsent(TextVectors.space(asked.language()), k -> new ArrayList<>()).add(asked));
            byLanguage.forEach((space, asked) -> {
                List<String> texts = asked.stream().map(ParaphraseBank.Asked::question).toList();
                List<float[]> embedded = vectors.vectors(texts, space);
                List<float[]> read = space.equals(OtherLanguage.READER) ? embedded : vectors.vectors(texts, OtherLanguage.READER);
                for (int i = 0; i < asked.size(); i++) {
                    List<EntryEvidence> ranked = EntryEvidence.rank(embedded.get(i), asked.get(i).question(), space, entries);
                    if (!ranked.isEmpty()) {
                        double lead = asked.get(i).entryId() == null ? Double.NaN : OtherLanguage.lead(read.get(i), space, entries).lead();
                        examples.add(new Example(store.name(), MatchModel.features(ranked, asked.get(i).question()),
                                ranked.getFirst().entryId().equals(asked.get(i).entryId()), space, lead));
                    }
                }
            });
        }
        return examples;
    }

    static MatchModel train(List<Example> examples) {
        return train(examples, WRONG_ANSWERS);
    }

    /** @param wrongAnswers the share of all questions that may be answered from a wrong entry */
    static MatchModel train(List<Example> examples, double wrongAnswers) {
        List<String> stores = examples.stream().map(Example::store).distinct().toList();
        List<double[]> outOfStore = new ArrayList<>();
        for (String store : stores) {
            MatchModel others = fit(examples.stream().filter(e -> !e.store().equals(store)).toList(), 1, 0);
            examples.stream().filter(e -> e.store().equals(store))
                .forEach(e -> outOfStore.add(new double[] { others.probability(e.features()), e.right() ? 1 : 0 }));
        }
        double answerAt = lowestWithin(outOfStore, wrongAnswers);
        double suggestAt = Math.min(answerAt, lowestWithin(outOfStore, WRONG_CHOICES));
        MatchModel model = fit(examples, answerAt, suggestAt);
        return new MatchModel(model.mean(), model.scale(), model.weights(), answerAt, suggestAt, otherLanguageLines(examples));
    }

    /** Per language space, the lead below which {@value #OWN_LANGUAGE_KEPT} of the bank's answerable questions stay. */
    static Map<String, Double> otherLanguageLines(List<Example> examples) {
        Map<String, List<Double>> leads = new HashMap<>();
        examples.stream().filter(e -> Double.isFinite(e.otherLanguageLead()))
            .forEach(e -> leads.computeIfAbsent(e.space(), k -> new ArrayList<>()).add(e.otherLanguageLead()));
        Map<String, Double> lines = new HashMap<>();
        leads.forEach((space, values) -> {
            values.sort(Double::compare);
            lines.put(space, values.get(Math.min(values.size() - 1, (int) Math.ceil(OWN_LANGUAGE_KEPT * values.size()) - 1)));
        });
        return Map.copyOf(lines);
    }

    /** The lowest probability such that answering everything at or above it is wrong for at most {@code share} of all questions. */
    private static double lowestWithin(List<double[]> predictions, double share) {
        List<double[]> sorted = new ArrayList<>(predictions);
        sorted.sort((a, b) -> Double.compare(b[0], a[0]));
        int wrong = 0;
        double lowest = 1;
        for (double[] prediction : sorted) {
            if (prediction[1] == 0) {
                wrong++;
            }
            if (wrong > share * sorted.size()) {
                break;
            }
            lowest = prediction[0];
        }
        return lowest;
    }

    /** Logistic regression on standardised features, plain gradient descent (a few thousand examples, seven features). */
    static MatchModel fit(List<Example> examples, double answerAt, double suggestAt) {
        int n = examples.size();
        int f = MatchModel.FEATURES;
        double[] mean = new double[f];
        double[] scale = new double[f];
        for (Example e : examples) {
            for (int j = 0; j < f; j++) {
                mean[j] += e.features()[j] / n;
            }
        }
        for (Example e : examples) {
            for (int j = 0; j < f; j++) {
                scale[j] += Math.pow(e.features()[j] - mean[j], 2) / n;
            }
        }
        for (int j = 0; j < f; j++) {
            scale[j] = Math.sqrt(scale[j]) + 1e-9;
        }
        double[][] x = new double[n][f];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < f; j++) {
                x[i][j] = (examples.get(i).features()[j] - mean[j]) / scale[j];
            }
            y[i] = examples.get(i).right() ? 1 : 0;
        }
        double[] w = new double[f + 1];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[f + 1];
            for (int i = 0; i < n; i++) {
                double z = w[f];
                for (int j = 0; j < f; j++) {
                    z += w[j] * x[i][j];
                }
                double error = 1 / (1 + Math.exp(-z)) - y[i];
                for (int j = 0; j < f; j++) {
                    gradient[j] += error * x[i][j] / n;
                }
                gradient[f] += error / n;
            }
            for (int j = 0; j < f; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] + L2 * w[j] / n);
            }
            w[f] -= LEARNING_RATE * gradient[f];
        }
        return new MatchModel(mean, scale, w, answerAt, suggestAt, Map.of());
    }
}
