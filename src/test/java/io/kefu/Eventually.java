package io.kefu;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the service writes after it answers (audit entries, channel conversations) instead of racing it. */
public final class Eventually {

    private Eventually() {
    }

    /** What {@code read} returns once it is {@code wanted}, or its last value after 15 seconds. */
    public static <T> T read(Supplier<T> read, Predicate<T> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        T value = read.get();
        while (!wanted.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            value = read.get();
        }
        return value;
    }
}
