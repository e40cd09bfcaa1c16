package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a question is about an entry written only in the other language. A question is matched
 * against the entries of its own language, so a Chinese question about a topic the merchant wrote
 * in English only can only find a wrong Chinese entry. The Chinese sentence model reads English
 * too, if less well: it weighs the question against the entries of both languages, and the
 * {@code lead} is how much better the best entry of the other language matches than the best of the
 * question's own. On the paraphrase bank, whose questions are all about entries in their own
 * language, the lead stays below a level that the training takes as the line
 * ({@link MatchModelTraining}); a lead above it says the other language's entries are the likelier
 * answers.
 */
public final class OtherLanguage {

    /** The model both languages are read with. */
    static final String READER = "zh";

    private OtherLanguage() {
    }

    /**
     * The lead of the other language over the question's own, and the other language's entries best
     * first; {@link Lead#NONE} when the store has no entries in one of the two.
     *
     * @param message the question as {@link #READER} reads it
     * @param space   the question's own language space
     */
    static Lead lead(float[] message, String space, Collection<EntryVectors> entries) {
        double own = Double.NEGATIVE_INFINITY;
        record Scored(String entryId, double score) {
        }
        List<Scored> other = new ArrayList<>();
        for (EntryVectors entry : entries) {
            double score = score(message, entry);
            if (entry.space().equals(space)) {
                own = Math.max(own, score);
            }
            else {
                other.add(new Scored(entry.entryId(), score));
            }
        }
        if (other.isEmpty() || own == Double.NEGATIVE_INFINITY) {
            return Lead.NONE;
        }
        other.sort(Comparator.comparingDouble(Scored::score).reversed());
        return new Lead(other.getFirst().score() - own, other.stream().map(Scored::entryId).toList());
    }

    /**
     * The entry of the other language that the question reaches by topic, if any: the questions
     * asked in the question's language on its topics match the question better than the questions of
     * every entry of its own language do, and the best of those entries is on none of its topics ("运费怎么算"
     * in a store whose shipping entry is in English, while its Chinese entries are on group orders and
     * cash on delivery). Both sides are the same model's question-to-question similarities, lent
     * questions discounted alike, so the comparison needs no line of its own.
     *
     * @param message the question in its own language's space
     */
    static java.util.Optional<String> byTopic(float[] message, String space, Collection<EntryVectors> entries) {
        EntryVectors ownBest = null;
        double own = Double.NEGATIVE_INFINITY;
        EntryVectors otherBest = null;
        double other = Double.NEGATIVE_INFINITY;
        for (EntryVectors entry : entries) {
            if (entry.space().equals(space)) {
                double side = Math.max(EntryEvidence.best(message, entry.questions()),
                        EntryEvidence.best(message, entry.expansion()) - EntryEvidence.LENT_DISCOUNT);
                if (side > own) {
                    own = side;
                    ownBest = entry;
                }
            }
            else {
                double side = EntryEvidence.best(message, entry.acrossLent()) - EntryEvidence.LENT_DISCOUNT;
                if (side > other) {
                    other = side;
                    otherBest = entry;
                }
            }
        }
        if (ownBest == null || otherBest == null || other <= own || !java.util.Collections.disjoint(ownBest.topics(), otherBest.topics())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(otherBest.entryId());
    }

    private static double score(float[] message, EntryVectors entry) {
        return EntryEvidence.best(message, entry.acrossQuestions()) + TextVectors.dot(message, entry.acrossAnswer());
    }

    /** @param otherEntries the other language's entries, best first */
    public record Lead(double lead, List<String> otherEntries) {

        static final Lead NONE = new Lead(Double.NEGATIVE_INFINITY, List.of());

        /** The same lead with that entry first among the other language's. */
        public Lead ledBy(String entryId) {
            List<String> entries = new ArrayList<>(List.of(entryId));
            otherEntries.stream().filter(other -> !other.equals(entryId)).forEach(entries::add);
            return new Lead(lead, List.copyOf(entries));
        }
    }
}
