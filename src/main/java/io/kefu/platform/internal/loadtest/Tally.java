package io.kefu.platform.internal.loadtest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts by kind (turn failures by HTTP status or exception), safe from many threads. */
final class Tally {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void add(String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    Map<String, Integer> byKind() {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((kind, count) -> sorted.put(kind, count.get()));
        return sorted;
    }
}
