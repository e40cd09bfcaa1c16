package io.kefu.nlu.internal.entities;

/**
 * The store's own order ids, so that an id in any format the merchant uses ("KF20261120001",
 * "E1001") is recognised. Implemented by the application over the commerce module; it is asked
 * about a handful of candidate tokens per message, so it must answer fast (an in-memory set, a
 * cache, or an indexed lookup) and be thread-safe.
 */
@FunctionalInterface
public interface KnownOrderIds {

    /** Knows no orders: only the configured format and long digit strings are recognised. */
    KnownOrderIds NONE = candidate -> false;

    /** Whether an order with exactly this id exists. */
    boolean exists(String candidate);
}
