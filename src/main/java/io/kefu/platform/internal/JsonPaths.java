package io.kefu.platform.internal;

import java.util.List;

import tools.jackson.core.JacksonException;

/** Renders a Jackson reference path the way our validation errors name fields: {@code [3].items[0].sku}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
            else if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            }
        }
        return field.toString();
    }
}
