package io.kefu.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;

/** The store's records behind a conversation: the orders its customer named, their products and carriers. */
@Component
class OrderFacts {

    private final OrderBook orders;
    private final ProductCatalog products;

    OrderFacts(OrderBook orders, ProductCatalog products) {
        this.orders = orders;
        this.products = products;
    }

    /** The named orders that belong to the conversation's customer (an order id typed by a stranger proves nothing). */
    List<Order> ordersOf(Transcript transcript) {
        List<Order> found = new ArrayList<>();
        for (String id : transcript.orderIds()) {
            Optional<Order> order = transcript.customerId() == null ? orders.find(id) : orders.findForCustomer(id, transcript.customerId());
            order.ifPresent(found::add);
        }
        return found;
    }

    Optional<Product> product(String sku) {
        return products.find(sku);
    }
}
