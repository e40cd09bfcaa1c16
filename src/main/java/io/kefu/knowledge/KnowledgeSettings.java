package io.kefu.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Knowledge settings, bound from {@code kefu.knowledge.*}.
 *
 * @param answerThreshold    a fixed answer threshold on the match score; empty (default) means the
 *                           threshold is learned from the knowledge base itself
 * @param clusterSimilarity  match score at which two unanswered questions count as the same
 *                           question: the accuracy-optimal threshold on BQ dev (balanced pairs)
 * @param unansweredWindow   how many of the most recent unanswered questions are grouped
 * @param wrongAnswers       the share of the paraphrase bank's questions the answer decision may answer
 *                           from a wrong entry: lower answers less often and more surely. The bank is
 *                           harder than shoppers' usual questions (a sixth are near misses no entry
 *                           answers): 0.03 there kept wrong answers under 2% on the development kits
 */
@ConfigurationProperties("kefu.knowledge")
public record KnowledgeSettings(Double answerThreshold, @DefaultValue("0.69") double clusterSimilarity,
        @DefaultValue("1000") int unansweredWindow, @DefaultValue("0.03") double wrongAnswers) {
}
