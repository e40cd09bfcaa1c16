package io.kefu.demo;

import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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

/**
 * Seeds the {@link DemoStoreFile demo store} into an empty store through the regular import code.
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
    public void run(ApplicationArguments args) {
        if (catalog.count() > 0) {
            log.info("Demo store not seeded: the store already has products.");
            return;
        }
        JsonNode store = DemoStoreFile.read(json, OffsetDateTime.now());
        settings.update(json.treeToValue(store.get("settings"), SettingsUpdate.class));
        imports.products(list(store, "products", new TypeReference<List<Product>>() { }));
        imports.customers(list(store, "customers", new TypeReference<List<Customer>>() { }));
        imports.orders(list(store, "orders", new TypeReference<List<Order>>() { }));
        imports.promotions(list(store, "promotions", new TypeReference<List<Promotion>>() { }));
        // the FAQ is indexed once the service is up (KnowledgeIndex), not here
        knowledge.importEntries(list(store, "knowledge", new TypeReference<List<FaqEntry>>() { }));
        log.info("Seeded the demo store: {} products, {} FAQ entries.", catalog.count(), knowledge.count());
    }

    private <T> List<T> list(JsonNode store, String field, TypeReference<List<T>> type) {
        return json.readValue(json.writeValueAsString(store.get(field)), type);
    }
}
