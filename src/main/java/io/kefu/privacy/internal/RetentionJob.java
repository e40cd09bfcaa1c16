package io.kefu.privacy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.kefu.privacy.PersonalDataHolder;
import io.kefu.privacy.PersonalDataHolder.RetentionCutoffs;
import io.kefu.privacy.RetentionSettings;

/**
 * Keeps records no longer than the retention settings allow: runs once a day (first a minute after
 * start) and has every {@link PersonalDataHolder} anonymise or delete what is older. Running it on
 * several nodes at once is harmless: expiring is idempotent.
 */
@Component
public class RetentionJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final List<PersonalDataHolder> holders;
    private final RetentionSettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    RetentionJob(List<PersonalDataHolder> holders, RetentionSettings settings, ObjectProvider<Clock> clock) {
        this.holders = holders;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Expires what is older than the periods allow at the clock's current instant; returns how many records changed. */
    public int sweep() {
        return sweep(clock.instant());
    }

    /** Expires what is older than the periods allow as seen at {@code now} (a moved clock, in tests). */
    public int sweep(Instant now) {
        RetentionCutoffs cutoffs = new RetentionCutoffs(now.minus(Duration.ofDays(settings.transcriptsDays())),
                now.minus(Duration.ofDays(settings.attachmentsDays())), now.minus(Duration.ofDays(settings.analysesDays())));
        int changed = holders.stream().mapToInt(holder -> holder.expire(cutoffs)).sum();
        if (changed > 0) {
            log.info("Retention: {} records past their retention period anonymised or deleted", changed);
        }
        return changed;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("kefu-retention").daemon().factory());
        executor.scheduleWithFixedDelay(this::sweepLogged, FIRST_RUN.toSeconds(), settings.runEvery().toSeconds(), TimeUnit.SECONDS);
    }

    private void sweepLogged() {
        try {
            sweep();
        }
        catch (RuntimeException e) {
            log.warn("Retention sweep failed; it runs again at the next period", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
