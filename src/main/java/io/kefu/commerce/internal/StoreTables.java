package io.kefu.commerce.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.commerce.Customer;
import io.kefu.commerce.Order;
import io.kefu.commerce.Product;
import io.kefu.commerce.Promotion;
import io.kefu.commerce.StoreSettings;
import io.kefu.platform.DocumentSeal;
import io.kefu.platform.DocumentTable;
import io.kefu.privacy.Resealable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commerce module's tables. Customers and orders hold personal data (names, phone numbers,
 * e-mail and delivery addresses, a recipient's name in an address or a shipment event), so their
 * whole documents are sealed at rest: sealing only some fields would leave the next field a merchant
 * adds in clear, and no query reads inside a document. Products, promotions and settings stay clear.
 */
@Component
public class StoreTables implements Resealable {

    public static final String SETTINGS_ID = "store";

    public final DocumentTable<StoreSettings> settings;
    public final DocumentTable<Product> products;
    public final DocumentTable<Customer> customers;
    public final DocumentTable<Order> orders;
    public final DocumentTable<Promotion> promotions;

    StoreTables(JdbcClient jdbc, JsonMapper json, DocumentSeal seal) {
        settings = new DocumentTable<>(jdbc, json, "store_settings", "id", StoreSettings.class, s -> Map.of("id", SETTINGS_ID));
        products = new DocumentTable<>(jdbc, json, "products", "sku", Product.class, p -> Map.of("sku", p.sku()));
        customers = new DocumentTable<>(jdbc, json, "customers", "id", Customer.class, c -> Map.of("id", c.id()))
            .sealedWith(seal);
        orders = new DocumentTable<>(jdbc, json, "orders", "order_id", Order.class, o -> Map.of("order_id", o.orderId(),
                "customer_id", o.customerId(), "status", o.status().name(), "created_at", o.createdAt())).sealedWith(seal);
        promotions = new DocumentTable<>(jdbc, json, "promotions", "id", Promotion.class, p -> Map.of("id", p.id()));
    }

    @Override
    public String name() {
        return "customers and orders";
    }

    @Override
    public int resealNext(int batch) {
        int customersFound = customers.resealNext(batch);
        return customersFound > 0 ? customersFound : orders.resealNext(batch);
    }
}
