package io.kefu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

import org.springframework.core.io.ClassPathResource;

import io.kefu.commerce.StoreFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code demo/store.json}: the demo store as a {@link StoreFile}, its times shifted so its anchor is now. */
public final class DemoStoreFile {

    private DemoStoreFile() {
    }

    /** The store with sections {@code settings, products, customers, orders, promotions, knowledge}. */
    public static JsonNode read(JsonMapper json, OffsetDateTime now) {
        try (InputStream in = new ClassPathResource("demo/store.json").getInputStream()) {
            return StoreFile.read(in, json, now);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo store", e);
        }
    }
}
