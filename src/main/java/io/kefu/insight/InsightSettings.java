package io.kefu.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How insight reads conversations, bound from {@code kefu.insight.*}.
 *
 * @param spikeWebhookUrl    where a complaint-topic spike is POSTed as JSON; none when blank
 * @param spikeSignificance  a topic spikes when its count is this unlikely (one-sided p-value) under the previous period's rate
 * @param spikeMinCount      ... and at least this many complaints, so two complaints after none are no alarm
 * @param topicSimilarity    a complaint joins the nearest topic whose centre is at least this similar (cosine of
 *                           {@code TopicFeatures}); calibrated on the labelled complaints of the insight tests (README)
 * @param durableDays        a contained conversation is durably resolved when its customer does not come back about the
 *                           same order or topic within these days
 * @param responseSeconds    an agent answering a customer later than this is slow (quality review)
 * @param maxConversations   the most conversations one analysis reads (the latest ones)
 */
@ConfigurationProperties("kefu.insight")
public record InsightSettings(@DefaultValue("") String spikeWebhookUrl, @DefaultValue("0.01") double spikeSignificance,
        @DefaultValue("5") int spikeMinCount, @DefaultValue("0.10") double topicSimilarity, @DefaultValue("7") int durableDays,
        @DefaultValue("120") int responseSeconds, @DefaultValue("5000") int maxConversations) {

    public static InsightSettings defaults() {
        return new InsightSettings("", 0.01, 5, 0.10, 7, 120, 5000);
    }
}
