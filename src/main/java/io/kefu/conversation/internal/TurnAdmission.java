package io.kefu.conversation.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.kefu.platform.Problem;

/**
 * Lets a few customer turns run at once and queues the rest first come, first served. A turn is
 * almost all CPU (an embedding, the classifiers, the dialogue): fifty turns run side by side on
 * two cores each take fifty times as long and finish in a random order, so the slowest wait many
 * times the average; taken in turn, every customer waits about the same short time for the same
 * throughput. A turn that cannot start within {@code kefu.turns.max-wait} gets a 503 to retry
 * rather than an unbounded wait.
 */
@Component
class TurnAdmission {

    private final Semaphore permits;
    private final Duration maxWait;

    TurnAdmission(@Value("${kefu.turns.concurrency:0}") int concurrency,
            @Value("${kefu.turns.max-wait:10s}") Duration maxWait) {
        this.permits = new Semaphore(concurrency > 0 ? concurrency : 2 * Runtime.getRuntime().availableProcessors(), true);
        this.maxWait = maxWait;
    }

    <T> T admit(Supplier<T> turn) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
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
