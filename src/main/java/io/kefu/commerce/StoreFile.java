package io.kefu.commerce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole store in one JSON file, in the import formats of the store-data API: sections
 * {@code settings, products, customers, orders, promotions, knowledge}. When the file has an
 * {@code anchor} time, every timestamp in it is shifted so that the anchor is now: an order
 * delivered three days before the anchor is always three days old, whenever the file is read.
 */
public final class StoreFile {

    /** The sections in the order they are imported: orders refer to customers and products. */
    public static final List<String> SECTIONS = List.of("settings", "products", "customers", "orders", "promotions", "knowledge");

    private StoreFile() {
    }

    public static JsonNode read(Path file, JsonMapper json, OffsetDateTime now) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, json, now);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the store file " + file, e);
        }
    }

    public static JsonNode read(InputStream in, JsonMapper json, OffsetDateTime now) {
        JsonNode store = json.readTree(in);
        if (store.hasNonNull("anchor")) {
            shiftTimes(store, Duration.between(OffsetDateTime.parse(store.get("anchor").asString()), now));
        }
        return store;
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
