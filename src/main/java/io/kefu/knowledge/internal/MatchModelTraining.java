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
 * whether the best entry is the one that answers it (false for the questions no entry answers), and
 * whether the best or the second is. The answer and suggestion probabilities are chosen on
 * out-of-store predictions (each store predicted by a model of the others): the lowest
 * probabilities at which answers from a wrong entry stay within the given share (by default
 * {@value #WRONG_ANSWERS}) and {@value #WRONG_CHOICES} of all questions. Of the questions the best
 * entry alone does not answer, those answered from the two best together may add answers from two
 * wrong entries for {@value #WRONG_EITHER} of all questions more.
 * <p>
 * Every answerable question's {@link OtherLanguage} lead is measured too: the line above which a
 * question is taken to be about an entry of the other language is the lead that
 * {@value #OWN_LANGUAGE_KEPT} of the bank's questions, all about entries of their own language, stay
 * below (per language, as the two read the other differently).
 */
final class MatchModelTraining {

    static final double WRONG_ANSWERS = 0.03;
    static final double WRONG_CHOICES = 0.25;
    static final double WRONG_EITHER = 0.005;
    static final double OWN_LANGUAGE_KEPT = 0.95;

    private MatchModelTraining() {
    }

    /**
     * One bank question: its store, its features and whether its best-ranked entry is right, the
     * features of its two best and whether one of them is; and for a question an entry answers, its
     * language space and {@link OtherLanguage} lead (NaN otherwise).
     */
    record Example(String store, double[] features, boolean right, double[] eitherFeatures, boolean eitherRight, String space,
            double otherLanguageLead) {

        Example(String store, double[] features, boolean right, double[] eitherFeatures, boolean eitherRight) {
            this(store, features, right, eitherFeatures, eitherRight, "zh", Double.NaN);
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
                        String question = asked.get(i).question();
                        String answeredBy = asked.get(i).entryId();
                        boolean eitherRight = ranked.stream().limit(2).anyMatch(entry -> entry.entryId().equals(answeredBy));
                        examples.add(new Example(store.name(), MatchModel.features(ranked, question), ranked.getFirst().entryId().equals(answeredBy),
                                MatchModel.eitherFeatures(ranked, question), eitherRight, space, lead));
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
        List<double[]> single = new ArrayList<>();
        List<double[]> either = new ArrayList<>();
        for (String store : stores) {
            List<Example> others = examples.stream().filter(e -> !e.store().equals(store)).toList();
            Logistic singleOfOthers = fitSingle(others);
            Logistic eitherOfOthers = fitEither(others);
            examples.stream().filter(e -> e.store().equals(store)).forEach(e -> {
                single.add(new double[] { singleOfOthers.probability(e.features()), e.right() ? 1 : 0 });
                either.add(new double[] { eitherOfOthers.probability(e.eitherFeatures()), e.eitherRight() ? 1 : 0 });
            });
        }
        double answerAt = lowestWithin(single, wrongAnswers, single.size());
        double suggestAt = Math.min(answerAt, lowestWithin(single, WRONG_CHOICES, single.size()));
        List<double[]> leftByTheBest = new ArrayList<>();
        for (int i = 0; i < single.size(); i++) {
            if (single.get(i)[0] < answerAt) {
                leftByTheBest.add(either.get(i));
            }
        }
        double eitherAt = lowestWithin(leftByTheBest, WRONG_EITHER, single.size());
        return new MatchModel(fitSingle(examples), fitEither(examples), answerAt, eitherAt, suggestAt, otherLanguageLines(examples));
    }

    static Logistic fitSingle(List<Example> examples) {
        return Logistic.fit(examples.stream().map(Example::features).toList(), examples.stream().map(Example::right).toList());
    }

    private static Logistic fitEither(List<Example> examples) {
        return Logistic.fit(examples.stream().map(Example::eitherFeatures).toList(), examples.stream().map(Example::eitherRight).toList());
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

    /**
     * The lowest probability such that answering every prediction at or above it is wrong for at most
     * {@code share} of {@code of} questions.
     */
    private static double lowestWithin(List<double[]> predictions, double share, int of) {
        List<double[]> sorted = new ArrayList<>(predictions);
        sorted.sort((a, b) -> Double.compare(b[0], a[0]));
        int wrong = 0;
        double lowest = 1;
        for (double[] prediction : sorted) {
            if (prediction[1] == 0) {
                wrong++;
            }
            if (wrong > share * of) {
                break;
            }
            lowest = prediction[0];
        }
        return lowest;
    }
}
