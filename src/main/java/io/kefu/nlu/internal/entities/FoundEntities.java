package io.kefu.nlu.internal.entities;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what the rules found. When a kind is found several times the one said first wins, because
 * rules run in order of confidence, not of position in the message. Attribute constraints are
 * merged into one map. Not thread-safe: one per extraction.
 */
final class FoundEntities {

    private record Located(Object value, int position) {
    }

    private final Map<String, Located> entities = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new TreeMap<>();

    /** Keeps {@code value} unless the same kind was already found earlier in the message. */
    void put(String kind, Object value, int position) {
        if (value == null) {
            return;
        }
        Located present = entities.get(kind);
        if (present == null || position < present.position()) {
            entities.put(kind, new Located(value, position));
        }
    }

    Object get(String kind) {
        Located located = entities.get(kind);
        return located == null ? null : located.value();
    }

    void remove(String kind) {
        entities.remove(kind);
    }

    boolean has(String kind) {
        return entities.containsKey(kind);
    }

    /** Adds an attribute constraint unless one with that key is already known. */
    void putAttribute(String key, Object value) {
        if (key != null && value != null) {
            attributes.putIfAbsent(key, value);
        }
    }

    /** An unmodifiable, JSON-friendly map without null values. */
    Map<String, Object> toMap() {
        Map<String, Object> result = new LinkedHashMap<>();
        entities.forEach((kind, located) -> result.put(kind, located.value()));
        if (!attributes.isEmpty()) {
            result.put(EntityKinds.ATTRIBUTES, Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
        }
        return Collections.unmodifiableMap(result);
    }
}
