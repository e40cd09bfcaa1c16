package io.kefu.knowledge.internal;

/**
 * How a customer message matches one entry, view by view (and the answer's sentence closest to it,
 * its {@code focus}): the best of the merchant's questions,
 * the best of the questions lent by the paraphrase bank (discounted: they were asked of other
 * stores' entries), the answer as a whole, and its closest sentence. The entries are ranked by the
 * sum of the question side, the answer and the sentence — on the bank, each store measured with
 * only the others' data, this ranks the right entry first for 87% of shoppers' questions against
 * 70% for the questions alone (beauty-baby, the store Kefu is developed on: 94% against 80%).
 */
record EntryEvidence(String entryId, double question, double lent, double answer, double sentence, double lexical, String focus) {

    /** How much less a lent question counts than the merchant's own. */
    static final double LENT_DISCOUNT = 0.08;

    static EntryEvidence of(float[] message, java.util.Set<String> words, EntryVectors entry) {
        double lexical = 0;
        for (String question : entry.questionTexts()) {
            lexical = Math.max(lexical, Lexical.dice(words, Lexical.features(question)));
        }
        int closest = 0;
        for (int i = 1; i < entry.sentences().size(); i++) {
            if (TextVectors.dot(message, entry.sentences().get(i)) > TextVectors.dot(message, entry.sentences().get(closest))) {
                closest = i;
            }
        }
        return new EntryEvidence(entry.entryId(), best(message, entry.questions()), best(message, entry.expansion()),
                TextVectors.dot(message, entry.answer()), best(message, entry.sentences()), lexical, entry.sentenceTexts().get(closest));
    }

    /** The entries of one space ranked for a message, best first. */
    static java.util.List<EntryEvidence> rank(float[] message, String text, String space, java.util.Collection<EntryVectors> entries) {
        java.util.Set<String> words = Lexical.features(text);
        return entries.stream().filter(entry -> entry.space().equals(space)).map(entry -> of(message, words, entry))
            .sorted(java.util.Comparator.comparingDouble(EntryEvidence::score).reversed()).toList();
    }

    double questionSide() {
        return Math.max(question, lent - LENT_DISCOUNT);
    }

    double score() {
        return questionSide() + answer + sentence;
    }

    /** The best similarity of the message to any of the vectors; minus infinity when there are none. */
    static double best(float[] message, java.util.List<float[]> vectors) {
        double best = Double.NEGATIVE_INFINITY;
        for (float[] vector : vectors) {
            best = Math.max(best, TextVectors.dot(message, vector));
        }
        return best;
    }
}
