package io.kefu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.kefu.commerce.Customer;
import io.kefu.commerce.Order;
import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.Promotion;
import io.kefu.commerce.SettingsUpdate;
import io.kefu.commerce.StoreImport;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.knowledge.FaqEntry;
import io.kefu.knowledge.KnowledgeBase;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Seeds {@code demo/store.json} into an empty store. Its timestamps are written relative to its
 * {@code anchor} and shifted to now, so the delivered-3-days-ago order is always returnable and the
 * running promotion is always running.
 */
@Component
@ConditionalOnProperty(name = "kefu.demo", havingValue = "true")
class DemoStoreSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStoreSeeder.class);

    private final JsonMapper json;
    private final ProductCatalog catalog;
    private final StoreImport imports;
    private final StoreSettingsService settings;
    private final KnowledgeBase knowledge;

    DemoStoreSeeder(JsonMapper json, ProductCatalog catalog, StoreImport imports, StoreSettingsService settings,
            KnowledgeBase knowledge) {
        this.json = json;
        this.catalog = catalog;
        this.imports = imports;
        this.settings = settings;
        this.knowledge = knowledge;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (catalog.count() > 0) {
            log.info("Demo store not seeded: the store already has products.");
            return;
        }
        JsonNode store;
        try (InputStream in = new ClassPathResource("demo/store.json").getInputStream()) {
            store = json.readTree(in);
        }
        Duration shift = Duration.between(OffsetDateTime.parse(store.get("anchor").asString()), OffsetDateTime.now());
        shiftTimes(store, shift);
        settings.update(json.treeToValue(store.get("settings"), SettingsUpdate.class));
        imports.products(list(store, "products", new TypeReference<List<Product>>() { }));
        imports.customers(list(store, "customers", new TypeReference<List<Customer>>() { }));
        imports.orders(list(store, "orders", new TypeReference<List<Order>>() { }));
        imports.promotions(list(store, "promotions", new TypeReference<List<Promotion>>() { }));
        knowledge.upsert(list(store, "knowledge", new TypeReference<List<FaqEntry>>() { }));
        log.info("Seeded the demo store: {} products, {} FAQ entries.", catalog.count(), knowledge.count());
    }

    private <T> List<T> list(JsonNode store, String field, TypeReference<List<T>> type) {
        return json.readValue(json.writeValueAsString(store.get(field)), type);
    }

    private static void shiftTimes(JsonNode node, Duration shift) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (value.isString() && !"anchor".equals(field.getKey())) {
                    shifted(value.asString(), shift).ifPresent(time -> object.set(field.getKey(), StringNode.valueOf(time)));
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

    private static java.util.Optional<String> shifted(String text, Duration shift) {
        if (text.length() < 20 || !Character.isDigit(text.charAt(0)) || text.charAt(10) != 'T') {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(OffsetDateTime.parse(text).plus(shift).toString());
        }
        catch (DateTimeParseException notATime) {
            return java.util.Optional.empty();
        }
    }
}
