package io.kefu.conversation.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.kefu.platform.Problem;
import io.kefu.platform.Readiness;

/**
 * Lets a few customer turns run at once and queues the rest first come, first served. A turn is
 * almost all CPU (an embedding, the classifiers, the dialogue): fifty turns run side by side on
 * two cores each take fifty times as long and finish in a random order, so the slowest wait many
 * times the average; taken in turn, every customer waits about the same short time for the same
 * throughput. A turn that cannot start within {@code kefu.turns.max-wait} gets a 503 to retry
 * rather than an unbounded wait.
 * <p>
 * Before the node is {@link Readiness ready} a turn waits for that first, within the same bound:
 * a turn decided while a model is still training would miss what the trained model hears (a
 * request for a human, anger), and the customer would rather wait seconds than be misunderstood.
 */
@Component
class TurnAdmission {

    /** Models train for tens of seconds on a first start: retrying every second would only add load. */
    private static final Duration RETRY_WHILE_STARTING = Duration.ofSeconds(5);

    private final Semaphore permits;
    private final Duration maxWait;
    private final Readiness readiness;

    TurnAdmission(@Value("${kefu.turns.concurrency:0}") int concurrency,
            @Value("${kefu.turns.max-wait:10s}") Duration maxWait, Readiness readiness) {
        this.permits = new Semaphore(concurrency > 0 ? concurrency : 2 * Runtime.getRuntime().availableProcessors(), true);
        this.maxWait = maxWait;
        this.readiness = readiness;
    }

    <T> T admit(Supplier<T> turn) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        if (!readiness.await(maxWait)) {
            throw Problem.unavailable("The assistant is still starting; please send the message again in a moment.",
                    RETRY_WHILE_STARTING);
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.unavailable("The service is shutting down; please send the message again.");
        }
        if (!admitted) {
            throw Problem.unavailable("Too many messages at once; please send the message again in a moment.");
        }
        try {
            return turn.get();
        } finally {
            permits.release();
        }
    }
}
