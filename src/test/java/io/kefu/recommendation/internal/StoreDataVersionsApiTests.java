package io.kefu.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.commerce.ProductCatalog;

/**
 * Co-purchase statistics and catalogue relations are computed once per version of the store data:
 * requests in between share one computation, an import of orders or products makes the next request
 * compute them again.
 */
@ServiceTest
class StoreDataVersionsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    PurchasePatterns patterns;

    @Autowired
    CatalogueLinks links;

    @Autowired
    ProductCatalog catalog;

    @Test
    void statisticsAreComputedOncePerOrdersVersionAndRelationsOncePerCatalogueVersion() {
        ApiClient api = new ApiClient(port);
        String suffix = Long.toString(System.nanoTime());
        put(api, "/api/v1/customers", List.of(Map.of("id", "ver-" + suffix, "name", "Ver", "vip", false, "tags", List.of())));
        OrderStatistics statistics = patterns.current();
        CatalogueRelations relations = links.of(catalog.snapshot());
        assertThat(patterns.current()).isSameAs(statistics);
        assertThat(links.of(catalog.snapshot())).isSameAs(relations);

        put(api, "/api/v1/orders", List.of(Map.of("orderId", "VER" + suffix, "customerId", "ver-" + suffix, "status", "PAID", "items",
                List.of(Map.of("sku", "VER-" + suffix, "quantity", 1, "unitPrice", 5)), "total", 5, "createdAt", "2026-11-20T08:00:00+08:00",
                "address", "杭州")));
        OrderStatistics afterOrders = patterns.current();
        assertThat(afterOrders).isNotSameAs(statistics);
        assertThat(afterOrders.bestSellers()).contains("VER-" + suffix);
        assertThat(links.of(catalog.snapshot())).as("orders do not touch the catalogue relations").isSameAs(relations);

        put(api, "/api/v1/catalog/products", List.of(Map.of("sku", "VER-" + suffix, "name", "Version probe", "price", 5)));
        assertThat(links.of(catalog.snapshot())).isNotSameAs(relations);
        assertThat(patterns.current()).as("products do not touch the order statistics").isSameAs(afterOrders);
    }

    private static void put(ApiClient api, String path, Object body) {
        ApiClient.Response response = api.put(path, ServiceTest.ADMIN, body);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
