package io.kefu.nlu.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import io.kefu.commerce.OrderBook;
import io.kefu.commerce.ProductCatalog;
import io.kefu.nlu.internal.entities.CatalogProduct;
import io.kefu.nlu.internal.entities.CatalogVocabulary;
import io.kefu.nlu.internal.entities.KnownOrderIds;

/**
 * The live store as entity extraction sees it: the catalog (one list per catalog version, so its
 * indexes are rebuilt only when products change) and the store's order ids.
 */
@Component
class StoreVocabulary implements CatalogVocabulary, KnownOrderIds {

    private final ProductCatalog catalog;
    private final OrderBook orders;
    private final AtomicReference<Converted> converted = new AtomicReference<>();

    StoreVocabulary(ProductCatalog catalog, OrderBook orders) {
        this.catalog = catalog;
        this.orders = orders;
    }

    @Override
    public List<CatalogProduct> products() {
        ProductCatalog.Snapshot snapshot = catalog.snapshot();
        Converted current = converted.get();
        if (current != null && current.snapshot() == snapshot) {
            return current.products();
        }
        List<CatalogProduct> products = snapshot.products().stream()
            .map(p -> new CatalogProduct(p.sku(), p.name(), p.brand(), p.category(), p.attributes(), p.tags())).toList();
        converted.set(new Converted(snapshot, products, words(products)));
        return products;
    }

    /** The catalog's names, brands and categories, one list per catalog version. */
    public List<String> words() {
        List<CatalogProduct> products = products();
        Converted current = converted.get();
        return current != null && current.products() == products ? current.words() : words(products);
    }

    /** Names, brands, categories, tags and attribute keys (their words: "dishwasherSafe" is "dishwasher safe"). */
    private static List<String> words(List<CatalogProduct> products) {
        return products.stream().flatMap(p -> java.util.stream.Stream.of(java.util.stream.Stream.of(p.name(), p.brand(), p.category()),
                p.tags().stream(), p.attributes().keySet().stream().map(key -> key.replaceAll("(?<=[a-z])(?=[A-Z])", " "))).flatMap(s -> s))
            .filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public boolean exists(String candidate) {
        return orders.find(candidate).isPresent();
    }

    private record Converted(ProductCatalog.Snapshot snapshot, List<CatalogProduct> products, List<String> words) {
    }
}
