package io.kefu.nlu.internal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a bench run saw, filled by many customers at once: every answered turn (when it was sent and
 * how long it took), errors by kind, and how many customers actually ran. Errors count over the whole
 * run, warm-up included: a customer refused during the warm-up is as missing from the figures as one
 * refused later.
 */
final class Tally {

    private final long measuredFrom;
    private final ConcurrentLinkedQueue<long[]> turns = new ConcurrentLinkedQueue<>();
    private final AtomicIntegerArray errors = new AtomicIntegerArray(BenchError.values().length);
    private final LongAdder customersRan = new LongAdder();

    /** @param measuredFrom {@link System#nanoTime()} from which answered turns count */
    Tally(long measuredFrom) {
        this.measuredFrom = measuredFrom;
    }

    /** A turn answered; counted only when it was sent after the warm-up. */
    void answered(long sentNanos, long latencyNanos) {
        if (sentNanos >= measuredFrom) {
            turns.add(new long[] {sentNanos - measuredFrom, latencyNanos});
        }
    }

    /** @return how many errors of this kind so far */
    int failed(BenchError kind) {
        return errors.incrementAndGet(kind.ordinal());
    }

    /** A customer's first answered turn. */
    void customerRan() {
        customersRan.increment();
    }

    int customersRan() {
        return customersRan.intValue();
    }

    int measuredTurns() {
        return turns.size();
    }

    int errors() {
        int total = 0;
        for (int i = 0; i < errors.length(); i++) {
            total += errors.get(i);
        }
        return total;
    }

    /** Every kind, zero included, so that a summary always names them all. */
    Map<BenchError, Integer> errorsByKind() {
        Map<BenchError, Integer> byKind = new EnumMap<>(BenchError.class);
        for (BenchError kind : BenchError.values()) {
            byKind.put(kind, errors.get(kind.ordinal()));
        }
        return byKind;
    }

    /** Figures of the turns sent within {@code [fromNanos, toNanos)} of the measured time. */
    Figures figures(long fromNanos, long toNanos) {
        List<Long> latencies = new ArrayList<>();
        for (long[] turn : turns) {
            if (turn[0] >= fromNanos && turn[0] < toNanos) {
                latencies.add(turn[1]);
            }
        }
        Collections.sort(latencies);
        double seconds = (toNanos - fromNanos) / 1e9;
        return new Figures(fromNanos / 1_000_000_000L, latencies.size(), seconds <= 0 ? 0 : latencies.size() / seconds,
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99));
    }

    static double percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }

    /** Turns answered in a stretch of time starting {@code fromSecond} after measuring began. */
    record Figures(long fromSecond, int turns, double turnsPerSecond, double p50, double p95, double p99) {
    }
}
