package io.kefu.recommendation.internal;

import org.springframework.stereotype.Component;

import io.kefu.commerce.ProductCatalog;

/** The {@link CatalogueRelations} of the catalogue snapshot at hand, computed once per catalogue version. */
@Component
class CatalogueLinks {

    private final PerVersion<CatalogueRelations> relations = new PerVersion<>();

    CatalogueRelations of(ProductCatalog.Snapshot catalogue) {
        return relations.get(catalogue.version(), () -> CatalogueRelations.of(catalogue.products()));
    }
}
