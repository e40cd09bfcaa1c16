package io.kefu.platform;

import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work a listener does about an event once the transaction that published it has committed, on a
 * background thread of its own: the publishing thread still holds its connection, and what the
 * listener records must not exist for a transaction that rolled back. Without a transaction the
 * work is handed over at once. A failure is logged, never thrown back at the publisher.
 */
public final class AfterCommitWork implements AutoCloseable {

    private final ExecutorService background;
    private final Logger log;
    private final String failure;

    /** @param failure what the log says when a piece of work fails */
    public AfterCommitWork(ExecutorService background, Logger log, String failure) {
        this.background = background;
        this.log = log;
        this.failure = failure;
    }

    public void run(Runnable work) {
        run(failure, work);
    }

    /** @param failure what the log says when this piece of work fails */
    public void run(String failure, Runnable work) {
        atCommit(() -> background.execute(() -> {
            try {
                work.run();
            }
            catch (RuntimeException e) {
                log.warn(failure, e);
            }
        }));
    }

    /**
     * Runs the action on the committing thread right after the current transaction commits, at once
     * without one. A synchronization rather than {@code @TransactionalEventListener}: the event
     * publication registry tracks those and opens a second connection per event while the request
     * still holds its own, which under load starves the pool.
     */
    public static void atCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        }
        else {
            action.run();
        }
    }

    /** Finishes the work handed over so far. */
    @Override
    public void close() {
        background.close();
    }
}
