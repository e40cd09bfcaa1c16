package io.kefu.knowledge.internal;

import java.util.List;
import java.util.Map;

/**
 * The answer decision: the probability that the best-ranked entry is the right answer to a message
 * ({@code single}, over the evidence of the two best entries), the probability that one of the two
 * best is ({@code either}, over the evidence of the three best), and the probabilities at which the
 * bot answers from the best entry, answers from both of the two best, or offers the best entries as
 * choices. Learned from the paraphrase bank ({@link MatchModelTraining}), so it holds for stores
 * whose own FAQ is too small to learn from.
 *
 * @param single    whether the best entry is right
 * @param either    whether the best or the second is right; null: never answer from two
 * @param answerAt  answer from the best entry at or above this probability
 * @param eitherAt  answer from the two best entries at or above this probability of {@code either}
 * @param suggestAt offer the best entries as choices at or above this probability
 * @param otherLanguageAt per language space of the question, the {@link OtherLanguage} lead at or
 *                  above which it is taken to be about an entry of the other language
 */
record MatchModel(Logistic single, Logistic either, double answerAt, double eitherAt, double suggestAt, Map<String, Double> otherLanguageAt) {

    MatchModel {
        otherLanguageAt = otherLanguageAt == null ? Map.of() : Map.copyOf(otherLanguageAt);
    }

    static final int FEATURES = 7;
    static final int EITHER_FEATURES = 9;

    /** The features of a ranking (best first): the best's score and margin over the second, its views, the message length. */
    static double[] features(List<EntryEvidence> ranked, String message) {
        EntryEvidence best = ranked.getFirst();
        double second = ranked.size() > 1 ? ranked.get(1).score() : best.score() - 1;
        return new double[] { best.score(), best.score() - second, best.questionSide(), best.answer(), best.sentence(), best.lexical(),
                length(message) };
    }

    /** The features of the two best together: both scores, their margins over the third and between them, their question and answer views. */
    static double[] eitherFeatures(List<EntryEvidence> ranked, String message) {
        EntryEvidence best = ranked.getFirst();
        EntryEvidence second = ranked.size() > 1 ? ranked.get(1) : best;
        double third = ranked.size() > 2 ? ranked.get(2).score() : second.score() - 1;
        return new double[] { best.score(), second.score(), second.score() - third, best.score() - second.score(), best.questionSide(),
                second.questionSide(), best.answer(), second.answer(), length(message) };
    }

    private static double length(String message) {
        return Math.log(1 + message.codePointCount(0, message.length()));
    }

    /** Whether that lead of the other language says the question, in that language, is about one of its entries. */
    boolean asksOtherLanguage(OtherLanguage.Lead lead, String language) {
        Double line = otherLanguageAt.get(TextVectors.space(language));
        return line != null && lead.lead() >= line;
    }

    double probability(double[] features) {
        return single.probability(features);
    }

    /** The probability that the best or the second of the ranking is right; 0 with fewer than two or no model for it. */
    double eitherProbability(List<EntryEvidence> ranked, String message) {
        return either == null || ranked.size() < 2 ? 0 : either.probability(eitherFeatures(ranked, message));
    }

    /** Whether this shape was saved by this version (an older file reads with missing parts). */
    boolean complete() {
        return single != null && single.weights() != null && single.weights().length == FEATURES + 1
                && (either == null || either.weights() != null && either.weights().length == EITHER_FEATURES + 1);
    }
}
