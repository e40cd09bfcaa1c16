package io.kefu.commerce;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;

import io.kefu.commerce.internal.StoreTables;
import io.kefu.platform.DataVersions;
import io.kefu.platform.Paging;

/**
 * Read access to the catalog. {@link #snapshot()} serves the whole catalog from memory and reloads
 * it when any node imported products, so matching and search see changes at the next message.
 */
@Service
public class ProductCatalog {

    private final StoreTables tables;
    private final DataVersions versions;
    private final AtomicReference<Snapshot> cached = new AtomicReference<>(new Snapshot(-1, List.of()));

    ProductCatalog(StoreTables tables, DataVersions versions) {
        this.tables = tables;
        this.versions = versions;
    }

    public Optional<Product> find(String sku) {
        return tables.products.find(sku);
    }

    /** All products, current as of this call; the list is immutable. */
    public Snapshot snapshot() {
        long version = versions.current(StoreDataChanged.Kind.PRODUCTS.name());
        Snapshot current = cached.get();
        if (current.version() == version) {
            return current;
        }
        Snapshot fresh = new Snapshot(version, List.copyOf(tables.products.all()));
        cached.set(fresh);
        return fresh;
    }

    public List<Product> page(Paging paging) {
        return tables.products.page(paging);
    }

    public long count() {
        return tables.products.count();
    }

    /** The catalog at one version; the version identifies it for caches built on top. */
    public record Snapshot(long version, List<Product> products) {
    }
}
