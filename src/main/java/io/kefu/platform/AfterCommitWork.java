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
        Runnable later = () -> background.execute(() -> {
            try {
                work.run();
            }
            catch (RuntimeException e) {
                log.warn(failure, e);
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    later.run();
                }
            });
        }
        else {
            later.run();
        }
    }

    /** Finishes the work handed over so far. */
    @Override
    public void close() {
        background.close();
    }
}
