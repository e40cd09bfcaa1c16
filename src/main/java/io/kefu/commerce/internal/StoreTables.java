package io.kefu.commerce.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.commerce.Customer;
import io.kefu.commerce.Order;
import io.kefu.commerce.Product;
import io.kefu.commerce.Promotion;
import io.kefu.commerce.StoreSettings;
import io.kefu.platform.DocumentTable;
import tools.jackson.databind.json.JsonMapper;

/** The commerce module's tables. */
@Component
public class StoreTables {

    public static final String SETTINGS_ID = "store";

    public final DocumentTable<StoreSettings> settings;
    public final DocumentTable<Product> products;
    public final DocumentTable<Customer> customers;
    public final DocumentTable<Order> orders;
    public final DocumentTable<Promotion> promotions;

    StoreTables(JdbcClient jdbc, JsonMapper json) {
        settings = new DocumentTable<>(jdbc, json, "store_settings", "id", StoreSettings.class, s -> Map.of("id", SETTINGS_ID));
        products = new DocumentTable<>(jdbc, json, "products", "sku", Product.class, p -> Map.of("sku", p.sku()));
        customers = new DocumentTable<>(jdbc, json, "customers", "id", Customer.class, c -> Map.of("id", c.id()));
        orders = new DocumentTable<>(jdbc, json, "orders", "order_id", Order.class, o -> Map.of("order_id", o.orderId(),
                "customer_id", o.customerId(), "status", o.status().name(), "created_at", o.createdAt()));
        promotions = new DocumentTable<>(jdbc, json, "promotions", "id", Promotion.class, p -> Map.of("id", p.id()));
    }
}
