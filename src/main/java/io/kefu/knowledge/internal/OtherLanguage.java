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

    private static double score(float[] message, EntryVectors entry) {
        double question = Double.NEGATIVE_INFINITY;
        for (float[] vector : entry.acrossQuestions()) {
            question = Math.max(question, TextVectors.dot(message, vector));
        }
        return question + TextVectors.dot(message, entry.acrossAnswer());
    }

    /** @param otherEntries the other language's entries, best first */
    public record Lead(double lead, List<String> otherEntries) {

        static final Lead NONE = new Lead(Double.NEGATIVE_INFINITY, List.of());
    }
}
