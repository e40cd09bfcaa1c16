package io.kefu.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the embedded H2 database. H2 writes committed transactions to its file in the
 * background, every {@code WRITE_DELAY} (500 ms), so a process killed in between loses writes it
 * had already confirmed. Writing the file at every commit ({@code WRITE_DELAY=0}) made a customer
 * turn cost twice the CPU (every commit rewrites its pages; a turn commits several times). Instead,
 * whoever must not confirm a write before it is on file {@linkplain #awaitWritten waits} for the
 * next {@code CHECKPOINT}, which one thread runs for everyone waiting at that moment: the requests
 * that arrive while it runs share the following one.
 */
final class H2Checkpoints implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(H2Checkpoints.class);

    private final DataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition requestedMore = lock.newCondition();
    private final Condition wrote = lock.newCondition();
    private final Thread writer;
    private long requested;
    private long written;
    private long failedThrough;
    private boolean closed;

    H2Checkpoints(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = Thread.ofPlatform().daemon().name("h2-checkpoints").start(this::writeWhileRequested);
    }

    /**
     * Returns once everything committed before the call is in the database file.
     *
     * @throws IllegalStateException when the checkpoint failed or the database is closing
     */
    void awaitWritten() throws InterruptedException {
        lock.lock();
        try {
            long ticket = ++requested;
            requestedMore.signal();
            while (written < ticket) {
                if (closed) {
                    throw new IllegalStateException("The database is closing; the write may not be on file.");
                }
                wrote.await();
            }
            if (failedThrough >= ticket) {
                throw new IllegalStateException("The database could not write its file.");
            }
        }
        finally {
            lock.unlock();
        }
    }

    private void writeWhileRequested() {
        while (true) {
            long target;
            lock.lock();
            try {
                while (requested == written && !closed) {
                    requestedMore.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                target = requested;
            }
            finally {
                lock.unlock();
            }
            boolean ok = checkpoint();
            lock.lock();
            try {
                written = target;
                if (!ok) {
                    failedThrough = target;
                }
                wrote.signalAll();
            }
            finally {
                lock.unlock();
            }
        }
    }

    private boolean checkpoint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
            return true;
        }
        catch (SQLException | RuntimeException e) {
            log.error("H2 could not write committed transactions to its file", e);
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        lock.lock();
        try {
            closed = true;
            requestedMore.signalAll();
            wrote.signalAll();
        }
        finally {
            lock.unlock();
        }
        writer.join(10_000);
    }
}
