package io.kefu.knowledge.internal;

import java.util.List;
import java.util.Map;

/**
 * The answer decision: the probability that the best-ranked entry is the right answer to a
 * message, from a logistic model over the evidence of the two best entries, and the probabilities
 * at which the bot answers from the entry or offers the best entries as choices. Learned from the
 * paraphrase bank ({@link MatchModelTraining}), so it holds for stores whose own FAQ is too small to
 * learn from.
 *
 * @param mean      feature means the weights were fitted on
 * @param scale     feature standard deviations
 * @param weights   one per feature, then the intercept
 * @param answerAt  answer from the best entry at or above this probability
 * @param suggestAt offer the best entries as choices at or above this probability
 * @param otherLanguageAt per language space of the question, the {@link OtherLanguage} lead at or
 *                  above which it is taken to be about an entry of the other language
 */
record MatchModel(double[] mean, double[] scale, double[] weights, double answerAt, double suggestAt, Map<String, Double> otherLanguageAt) {

    MatchModel {
        otherLanguageAt = otherLanguageAt == null ? Map.of() : Map.copyOf(otherLanguageAt);
    }

    static final int FEATURES = 7;

    /** The features of a ranking (best first): the best's score and margin over the second, its views, the message length. */
    static double[] features(List<EntryEvidence> ranked, String message) {
        EntryEvidence best = ranked.getFirst();
        double second = ranked.size() > 1 ? ranked.get(1).score() : best.score() - 1;
        return new double[] { best.score(), best.score() - second, best.questionSide(), best.answer(), best.sentence(), best.lexical(),
                Math.log(1 + message.codePointCount(0, message.length())) };
    }

    /** Whether that lead of the other language says the question, in that language, is about one of its entries. */
    boolean asksOtherLanguage(OtherLanguage.Lead lead, String language) {
        Double line = otherLanguageAt.get(TextVectors.space(language));
        return line != null && lead.lead() >= line;
    }

    double probability(double[] features) {
        double z = weights[FEATURES];
        for (int i = 0; i < FEATURES; i++) {
            z += weights[i] * (features[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
