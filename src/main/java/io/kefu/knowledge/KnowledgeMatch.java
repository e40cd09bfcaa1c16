package io.kefu.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * How the merchant's FAQ answers a customer message: the best entries with the calibrated
 * probability that each is the right answer, and what that means for the bot: answer from the
 * best entry, answer from the two best together, offer the best few as "did you mean" choices, or
 * leave the FAQ out of it.
 *
 * @param eitherProbability calibrated: that the best or the second entry is the right answer (NaN when not measured)
 */
public record KnowledgeMatch(Band band, List<Candidate> candidates, double eitherProbability) {

    public static final KnowledgeMatch NONE = new KnowledgeMatch(Band.NONE, List.of());

    public KnowledgeMatch {
        candidates = List.copyOf(candidates);
    }

    public KnowledgeMatch(Band band, List<Candidate> candidates) {
        this(band, candidates, Double.NaN);
    }

    /**
     * ANSWER: the best entry answers; EITHER: one of the two best surely does, though neither alone
     * surely enough, so both answer ("满多少不要运费": the shipping fee and the remote-area surcharge);
     * SUGGEST: one of the candidates probably does; NONE: none does.
     */
    public enum Band { ANSWER, EITHER, SUGGEST, NONE }

    /**
     * One entry that may answer, its live-rendered answer and the question variant it matched.
     *
     * @param probability calibrated: of the messages given this probability, about this share were rightly answered by the entry
     * @param focus       the answer's sentence closest to the message, rendered like the answer
     */
    public record Candidate(String entryId, int version, String question, String answer, double probability, String focus) {

        public Candidate(String entryId, int version, String question, String answer, double probability) {
            this(entryId, version, question, answer, probability, answer);
        }

        /** The same entry with another probability. */
        public Candidate withProbability(double other) {
            return new Candidate(entryId, version, question, answer, other, focus);
        }

        /** The same entry, focused on another sentence of its answer. */
        public Candidate withFocus(String sentence) {
            return new Candidate(entryId, version, question, answer, probability, sentence);
        }

        /** The traceable source id, {@code entryId@vN}, as replies cite it. */
        public String source() {
            return entryId + "@v" + version;
        }
    }

    public Optional<Candidate> best() {
        return candidates.stream().findFirst();
    }

    public boolean answers() {
        return band == Band.ANSWER && !candidates.isEmpty() || band == Band.EITHER && candidates.size() >= 2;
    }

    /** Whether the best entry answers on its own (not together with the second). */
    public boolean answersAlone() {
        return band == Band.ANSWER && answers();
    }

    /** The entries the answer is taken from, best first: the best, or the two best; empty when the FAQ does not answer. */
    public List<Candidate> answering() {
        return !answers() ? List.of() : candidates.subList(0, band == Band.EITHER ? 2 : 1);
    }

    /** The probability that the FAQ's answer is right: of the two best together when both answer, else of the best; 0 without candidates. */
    public double probability() {
        return band == Band.EITHER ? eitherProbability : best().map(Candidate::probability).orElse(0.0);
    }
}
