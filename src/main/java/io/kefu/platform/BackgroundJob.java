package io.kefu.platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;

/**
 * Work a module does in the background on a fixed tick and right after a change asks for it
 * ({@link #kick}): one run at a time on its own thread, one run for however many kicks came
 * meanwhile, and a failing run logged and tried again on the next tick.
 */
public final class BackgroundJob {

    private final ScheduledExecutorService executor;
    private final AtomicBoolean kicked = new AtomicBoolean();
    private final Runnable work;
    private final Logger log;
    private final String failure;

    /** @param failure what the log says when a run fails ("Agent desk jobs failed") */
    public BackgroundJob(String threadName, Runnable work, Logger log, String failure) {
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
        this.work = work;
        this.log = log;
        this.failure = failure;
    }

    /** Runs every {@code tick} (50 ms at the least) from now on. */
    public void start(Duration tick) {
        long every = Math.max(50, tick.toMillis());
        executor.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    /** Runs soon, once, however many changes asked for it meanwhile. */
    public void kick() {
        if (kicked.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    /**
     * Lets a run in progress finish (it takes milliseconds) before the database goes: interrupting
     * it mid-query would fail it, and could close the embedded database's file under everyone.
     */
    public void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        kicked.set(false);
        try {
            work.run();
        }
        catch (RuntimeException e) {
            log.warn("{}; retrying on the next tick", failure, e);
        }
    }
}
