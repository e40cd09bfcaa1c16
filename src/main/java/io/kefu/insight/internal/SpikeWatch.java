package io.kefu.insight.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.kefu.insight.InsightSettings;
import io.kefu.platform.BackgroundJob;

/**
 * When the merchant set a spike webhook, looks for spikes every hour even if nobody opens the
 * board: the last day's complaint topics against the day before. The webhook sends each topic's
 * spike once a day, however often it is seen.
 */
@Component
class SpikeWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SpikeWatch.class);
    static final Duration EVERY = Duration.ofHours(1);
    static final Duration WINDOW = Duration.ofDays(1);

    private final Insights insights;
    private final InsightClock clock;
    private final InsightSettings settings;
    private BackgroundJob job;

    SpikeWatch(Insights insights, InsightClock clock, InsightSettings settings) {
        this.insights = insights;
        this.clock = clock;
        this.settings = settings;
    }

    /** Reads the last day's topics, which announces their spikes; returns how many spiked. */
    long check() {
        OffsetDateTime now = clock.now();
        return insights.topics(now.minus(WINDOW), now).stream().filter(ComplaintTopics.Topic::spike).count();
    }

    @Override
    public synchronized void start() {
        if (settings.spikeWebhookUrl() == null || settings.spikeWebhookUrl().isBlank()) {
            return;
        }
        job = new BackgroundJob("kefu-spike-watch", this::check, log, "Spike watch failed");
        job.start(EVERY);
    }

    @Override
    public synchronized void stop() {
        if (job != null) {
            job.stop();
            job = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return job != null;
    }
}
