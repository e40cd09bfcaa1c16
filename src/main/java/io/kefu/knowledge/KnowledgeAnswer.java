package io.kefu.knowledge;

/**
 * An answer found in the knowledge base, with the entry and version it came from so that what the
 * bot said can be traced ({@link #source()}). {@code answer} is ready to send: live store data is
 * already filled in. {@code score} is the match score, {@code threshold} the learned confidence
 * it had to reach.
 */
public record KnowledgeAnswer(String entryId, int version, String matchedQuestion, String answer, double score,
        double threshold) {

    public KnowledgeAnswer(String entryId, int version, String matchedQuestion, String answer, double score) {
        this(entryId, version, matchedQuestion, answer, score, 0);
    }

    /** The traceable source id, {@code entryId@vN}, as replies cite it. */
    public String source() {
        return entryId + "@v" + version;
    }
}
