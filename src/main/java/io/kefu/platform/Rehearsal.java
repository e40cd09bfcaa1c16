package io.kefu.platform;

import java.util.function.Supplier;

/**
 * Marks the work of the current thread as a rehearsal: synthetic customer turns a node plays to
 * itself (to warm its turn path up before it reports ready) that must leave no trace. Their database
 * writes are rolled back and their events told to nobody by the code that plays them; what would
 * reach outside the process (a call to a merchant's language model, billed per token) asks
 * {@link #inProgress()} and skips, as if that outside service were not configured.
 */
public final class Rehearsal {

    private static final ThreadLocal<Boolean> IN_PROGRESS = ThreadLocal.withInitial(() -> false);

    private Rehearsal() {
    }

    /** Runs {@code work} on this thread as a rehearsal; returns its result. */
    public static <T> T run(Supplier<T> work) {
        boolean outer = IN_PROGRESS.get();
        IN_PROGRESS.set(true);
        try {
            return work.get();
        } finally {
            IN_PROGRESS.set(outer);
        }
    }

    /** Whether this thread is playing a rehearsed turn. */
    public static boolean inProgress() {
        return IN_PROGRESS.get();
    }
}
