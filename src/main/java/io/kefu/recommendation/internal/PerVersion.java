package io.kefu.recommendation.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value derived from store data, built again only when the data's version moved. Requests of the
 * same version share one build; a build that races a change is tagged with the version read before
 * it, so the next request rebuilds.
 */
final class PerVersion<T> {

    private record Held<T>(Object version, T value) {
    }

    private volatile Held<T> held;

    T get(Object version, Supplier<T> build) {
        Held<T> current = held;
        if (current != null && Objects.equals(current.version(), version)) {
            return current.value();
        }
        synchronized (this) {
            current = held;
            if (current == null || !Objects.equals(current.version(), version)) {
                current = new Held<>(version, build.get());
                held = current;
            }
            return current.value();
        }
    }
}
