package io.kefu.commerce.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ResponseEntity;

import io.kefu.commerce.Customer;
import io.kefu.commerce.CustomerDirectory;
import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.Promotion;
import io.kefu.commerce.PromotionBoard;
import io.kefu.commerce.SettingsUpdate;
import io.kefu.commerce.StoreImport;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.platform.Paging;
import io.kefu.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Store data sync (API §1): bulk upserts and paged listings, admin token only. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Store data", description = "How a merchant syncs its systems (admin token)")
class StoreDataController {

    private final StoreImport imports;
    private final StoreSettingsService settings;
    private final ProductCatalog catalog;
    private final CustomerDirectory customers;
    private final OrderBook orders;
    private final PromotionBoard promotions;

    StoreDataController(StoreImport imports, StoreSettingsService settings, ProductCatalog catalog, CustomerDirectory customers,
            OrderBook orders, PromotionBoard promotions) {
        this.imports = imports;
        this.settings = settings;
        this.catalog = catalog;
        this.customers = customers;
        this.orders = orders;
        this.promotions = promotions;
    }

    @PutMapping("/settings")
    @Operation(summary = "Update store settings; fields left out keep their value")
    Map<String, Integer> putSettings(@RequestBody SettingsUpdate update) {
        settings.update(update);
        return upserted(1);
    }

    @GetMapping("/settings")
    StoreSettings getSettings() {
        return settings.current();
    }

    @PutMapping("/catalog/products")
    @Operation(summary = "Upsert products by sku")
    Map<String, Integer> putProducts(@RequestBody List<Product> products) {
        return upserted(imports.products(products));
    }

    @GetMapping("/catalog/products")
    ResponseEntity<List<Product>> listProducts(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(catalog.page(paging), catalog.count());
    }

    @PutMapping("/customers")
    @Operation(summary = "Upsert customers by id")
    Map<String, Integer> putCustomers(@RequestBody List<Customer> records) {
        return upserted(imports.customers(records));
    }

    @GetMapping("/customers")
    ResponseEntity<List<Customer>> listCustomers(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(customers.page(paging), customers.count());
    }

    @GetMapping("/customers/{id}")
    Customer getCustomer(@PathVariable String id) {
        return customers.find(id).orElseThrow(() -> Problem.notFound("No customer " + id + "."));
    }

    @PutMapping("/orders")
    @Operation(summary = "Upsert orders (with shipments) by orderId")
    Map<String, Integer> putOrders(@RequestBody List<Order> records) {
        return upserted(imports.orders(records));
    }

    @GetMapping("/orders")
    ResponseEntity<List<Order>> listOrders(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(orders.page(paging), orders.count());
    }

    @PutMapping("/promotions")
    @Operation(summary = "Upsert promotions by id")
    Map<String, Integer> putPromotions(@RequestBody List<Promotion> records) {
        return upserted(imports.promotions(records));
    }

    @GetMapping("/promotions")
    ResponseEntity<List<Promotion>> listPromotions(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(promotions.page(paging), promotions.count());
    }

    private static Map<String, Integer> upserted(int n) {
        return Map.of("upserted", n);
    }
}
