package io.kefu.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the embedded H2 database. H2 writes committed transactions to its file in the
 * background, every {@code WRITE_DELAY} (500 ms), so a process killed in between loses writes it
 * had already confirmed. Writing the file at every commit ({@code WRITE_DELAY=0}) made a customer
 * turn cost twice the CPU (every commit rewrites its pages; a turn commits several times). Instead,
 * whoever must not confirm a write before it is on file {@linkplain #written waits} for the
 * next {@code CHECKPOINT}, which one thread runs for everyone waiting at that moment: the requests
 * that arrive while it runs share the following one.
 * <p>
 * Waiters and the writer share no lock. Requests run on virtual threads, a few carriers for many
 * of them: with a lock between them, every waiter woken by a checkpoint had to take the lock in
 * turn, each only once a carrier was free, and the writer queued behind them for its next
 * checkpoint. A turn then waited a few hundred milliseconds for a checkpoint of ten, at a third of
 * the CPU. Here a caller takes the future of the next checkpoint and the writer completes it; the
 * web layer answers from that completion ({@link DurableWriteResponses}) instead of parking.
 */
final class H2Checkpoints implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(H2Checkpoints.class);
    /**
     * Checkpoints start at most this often; the writes that arrive in between share the next one.
     * Every checkpoint writes and encrypts a chunk of its own: started back to back, one per couple
     * of requests, they took a fifth of the CPU and a fifth of the saturated throughput.
     */
    private static final long SPACING_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final DataSource dataSource;
    private final AtomicReference<CompletableFuture<Void>> next = new AtomicReference<>(new CompletableFuture<>());
    private final AtomicBoolean requested = new AtomicBoolean();
    private final Thread writer;
    private long lastStart = System.nanoTime() - SPACING_NANOS;
    private volatile boolean closed;

    H2Checkpoints(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = Thread.ofPlatform().daemon().name("h2-checkpoints").start(this::writeWhileRequested);
    }

    /**
     * Completes once everything committed before the call is in the database file, on the
     * checkpoint thread; completes exceptionally with an {@link IllegalStateException} when the
     * checkpoint failed or the database is closing.
     */
    CompletableFuture<Void> written() {
        // taken before asking: the checkpoint that completes it starts after this line, so after every earlier commit
        CompletableFuture<Void> written = next.get();
        if (closed) {
            return CompletableFuture.failedFuture(closing());
        }
        requested.set(true);
        LockSupport.unpark(writer);
        return written;
    }

    private void writeWhileRequested() {
        while (!closed) {
            if (!requested.getAndSet(false)) {
                LockSupport.park(this);
                continue;
            }
            gatherUntil(lastStart + SPACING_NANOS);
            lastStart = System.nanoTime();
            CompletableFuture<Void> current = next.getAndSet(new CompletableFuture<>());
            if (checkpoint()) {
                current.complete(null);
            }
            else {
                current.completeExceptionally(new IllegalStateException("The database could not write its file."));
            }
        }
        next.get().completeExceptionally(closing());
    }

    private void gatherUntil(long time) {
        for (long left = time - System.nanoTime(); left > 0 && !closed; left = time - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
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

    private static IllegalStateException closing() {
        return new IllegalStateException("The database is closing; the write may not be on file.");
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        LockSupport.unpark(writer);
        writer.join(10_000);
    }
}
