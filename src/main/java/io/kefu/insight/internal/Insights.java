package io.kefu.insight.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.IntentCatalogue;
import io.kefu.insight.InsightSettings;
import io.kefu.knowledge.KnowledgeCuration;

/**
 * What insight reads from the transcripts of a period, beside the event counts of {@link Metrics}:
 * complaint topics against the period before (announcing spikes), durable containment and the
 * predicted satisfaction of every conversation.
 */
@Component
class Insights {

    private final Transcripts transcripts;
    private final ComplaintTopics topics;
    private final SpikeWebhook webhook;
    private final IntentCatalogue catalogue;
    private final InsightSettings settings;
    private final KnowledgeCuration curation;

    Insights(Transcripts transcripts, ComplaintTopics topics, SpikeWebhook webhook, IntentCatalogue catalogue, InsightSettings settings,
            KnowledgeCuration curation) {
        this.curation = curation;
        this.transcripts = transcripts;
        this.topics = topics;
        this.webhook = webhook;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** Complaint topics of {@code [from, to)} against the period of equal length before it; spikes go to the webhook. */
    List<ComplaintTopics.Topic> topics(OffsetDateTime from, OffsetDateTime to) {
        return topics(transcripts.startedIn(from, to), from, to);
    }

    private List<ComplaintTopics.Topic> topics(List<Transcript> period, OffsetDateTime from, OffsetDateTime to) {
        Duration length = Duration.between(from, to);
        List<ComplaintTopics.Topic> found = topics.topics(period, transcripts.startedIn(from.minus(length), from));
        found.forEach(topic -> webhook.announce(topic, from, to));
        return found;
    }

    /** Every conversation of the period with its predicted rating (calibrated on the period's actual ones) beside the actual one. */
    List<Satisfaction> satisfaction(OffsetDateTime from, OffsetDateTime to) {
        List<Transcript> period = transcripts.startedIn(from, to);
        SatisfactionPrediction prediction = SatisfactionPrediction.calibrated(period);
        return period.stream().map(t -> new Satisfaction(t.id(), t.customerId(), t.startedAt(), prediction.predict(t), t.rating())).toList();
    }

    record Satisfaction(String conversationId, String customerId, OffsetDateTime startedAt, double predicted, Integer actual) {
    }

    Metrics.Summary complete(Metrics.Summary summary, OffsetDateTime from, OffsetDateTime to) {
        List<Transcript> period = transcripts.startedIn(from, to);
        Duration window = Duration.ofDays(settings.durableDays());
        // the period's transcripts are read once: the durable window only adds what started after it
        List<Transcript> throughWindow = new java.util.ArrayList<>(period);
        throughWindow.addAll(transcripts.startedIn(to, to.plus(window)));
        double durable = new DurableResolution(catalogue, window).rate(period, throughWindow);
        SatisfactionPrediction prediction = SatisfactionPrediction.calibrated(period);
        Double predicted = period.isEmpty() ? null
                : Math.round(period.stream().mapToDouble(prediction::predict).average().orElse(0) * 100) / 100.0;
        return summary.with(topics(period, from, to), durable, predicted, unanswered(from, to));
    }

    /** The questions the bot could not answer, grouped by meaning, of those last asked in the period; most asked first. */
    private List<Metrics.UnansweredCount> unanswered(OffsetDateTime from, OffsetDateTime to) {
        return curation.unanswered().stream().filter(group -> !group.lastSeen().isBefore(from) && group.lastSeen().isBefore(to))
            .sorted(java.util.Comparator.comparingLong(io.kefu.knowledge.UnansweredQuestions::count).reversed()).limit(Metrics.TOP)
            .map(group -> new Metrics.UnansweredCount(group.example(), group.count())).toList();
    }
}
