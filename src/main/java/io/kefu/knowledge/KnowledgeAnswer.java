package io.kefu.knowledge;

/**
 * An answer found in the knowledge base, with the entry and version it came from so that what the
 * bot said can be traced.
 */
public record KnowledgeAnswer(String entryId, int version, String matchedQuestion, String answer, double score) {
}
