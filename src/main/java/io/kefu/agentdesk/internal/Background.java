package io.kefu.agentdesk.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The desk's after-commit work on threads of its own: the request thread still holds its
 * (committed) connection, and asking the pool for a second one under load would starve it. A
 * failure is logged and ends there: background work never fails the request that caused it.
 */
@Component
class Background implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    /** Takes the database only to be destroyed before it: work in flight finishes while it is still there. */
    Background(DataSource database) {
    }

    /**
     * Runs the work once the current transaction commits (at once without one). A synchronization
     * rather than {@code @TransactionalEventListener}: the event publication registry tracks those and
     * opens a second connection per event while the request still holds its own.
     */
    void afterCommit(String what, Runnable work) {
        Runnable start = () -> threads.execute(() -> {
            try {
                work.run();
            }
            catch (RuntimeException e) {
                log.warn("Agent desk could not {}", what, e);
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        }
        else {
            start.run();
        }
    }

    @Override
    public void destroy() {
        threads.close();
    }
}
