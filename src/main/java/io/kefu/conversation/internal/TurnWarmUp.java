package io.kefu.conversation.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.kefu.commerce.ProductCatalog;
import io.kefu.knowledge.KnowledgeBase;
import io.kefu.nlu.TextClassification;
import io.kefu.platform.Paging;
import io.kefu.platform.Readiness;

/**
 * Warms the customer turn path up before the node reports ready. A freshly started JVM interprets
 * the turn path's code until the JIT has seen it run often enough: the first minute of real traffic
 * would pay for that (answers many times slower than later). Instead, once the models and the index
 * are ready, the node {@link TurnRehearsal rehearses} a few hundred representative turns on all
 * cores ({@link WarmUpMessages}), leaving no trace, and only then becomes ready. Bounded by
 * {@code kefu.readiness.warm-up-turns} and {@code kefu.readiness.warm-up-time}; either at 0 turns
 * it off. A rehearsal that fails is logged and does not keep the node out of service: the warm-up
 * makes the node fast, not correct.
 */
@Component
class TurnWarmUp {

    private static final Logger log = LoggerFactory.getLogger(TurnWarmUp.class);
    private static final int STORE_SAMPLE = 100;

    private final TurnRehearsal rehearsal;
    private final KnowledgeBase knowledge;
    private final ProductCatalog catalog;
    private final int maxTurns;
    private final Duration maxTime;

    TurnWarmUp(TurnRehearsal rehearsal, KnowledgeBase knowledge, ProductCatalog catalog, Readiness readiness,
            @Value("${kefu.readiness.warm-up-turns:600}") int maxTurns, @Value("${kefu.readiness.warm-up-time:30s}") Duration maxTime) {
        this.rehearsal = rehearsal;
        this.knowledge = knowledge;
        this.catalog = catalog;
        this.maxTurns = maxTurns;
        this.maxTime = maxTime;
        if (maxTurns > 0 && maxTime.isPositive()) {
            readiness.registerLast("warm-up", () -> CompletableFuture.completedFuture(warmUpOrNot()));
        }
    }

    private int warmUpOrNot() {
        try {
            return warmUp();
        } catch (RuntimeException e) {
            log.warn("The turn path could not be warmed up; the node becomes ready cold", e);
            return 0;
        }
    }

    /** Rehearses turns until {@code maxTurns} were played or {@code maxTime} is up; returns how many were played. */
    int warmUp() {
        long started = System.nanoTime();
        long deadline = started + maxTime.toNanos();
        List<WarmUpMessages.Script> scripts = WarmUpMessages.of(TextClassification.shippedIntentExamples(),
                knowledge.page(new Paging(0, STORE_SAMPLE)), catalog.snapshot().products().stream().limit(STORE_SAMPLE).toList());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger played = new AtomicInteger();
        int workers = Runtime.getRuntime().availableProcessors();
        try (ExecutorService threads = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("warm-up-", 1).daemon().factory())) {
            for (int w = 0; w < workers; w++) {
                threads.submit(() -> {
                    while (played.get() < maxTurns && System.nanoTime() < deadline && !scripts.isEmpty()) {
                        WarmUpMessages.Script script = scripts.get(next.getAndIncrement() % scripts.size());
                        try {
                            played.addAndGet(rehearsal.play(script.language(), script.messages()));
                        } catch (RuntimeException e) {
                            log.warn("A warm-up turn failed; the node becomes ready without the rest of its warm-up", e);
                            return;
                        }
                    }
                });
            }
        }
        log.info("Warmed the turn path up with {} rehearsed turns in {} ms", played.get(), (System.nanoTime() - started) / 1_000_000);
        return played.get();
    }
}
