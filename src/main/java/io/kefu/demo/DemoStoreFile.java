package io.kefu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@code demo/store.json}: a whole store in the import formats of the store-data API, its
 * timestamps written relative to its {@code anchor}. Read with every time shifted so the anchor is
 * now: the order delivered three days before the anchor is always three days old.
 */
public final class DemoStoreFile {

    private DemoStoreFile() {
    }

    /** The store with sections {@code settings, products, customers, orders, promotions, knowledge}. */
    public static JsonNode read(JsonMapper json, OffsetDateTime now) {
        try (InputStream in = new ClassPathResource("demo/store.json").getInputStream()) {
            JsonNode store = json.readTree(in);
            shiftTimes(store, Duration.between(OffsetDateTime.parse(store.get("anchor").asString()), now));
            return store;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo store", e);
        }
    }

    private static void shiftTimes(JsonNode node, Duration shift) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (value.isString() && !"anchor".equals(field.getKey())) {
                    shifted(value.asString(), shift).ifPresent(time -> field.setValue(StringNode.valueOf(time)));
                }
                else {
                    shiftTimes(value, shift);
                }
            }
        }
        else if (node.isArray()) {
            node.forEach(child -> shiftTimes(child, shift));
        }
    }

    private static Optional<String> shifted(String text, Duration shift) {
        if (text.length() < 20 || !Character.isDigit(text.charAt(0)) || text.charAt(10) != 'T') {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).plus(shift).toString());
        }
        catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }
}
