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
 */
@ConfigurationProperties("kefu.knowledge")
public record KnowledgeSettings(Double answerThreshold, @DefaultValue("0.69") double clusterSimilarity,
        @DefaultValue("1000") int unansweredWindow) {
}
