package io.kefu.commerce;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.kefu.commerce.internal.StoreTables;
import io.kefu.platform.Paging;

/** Read access to orders. Customer-facing callers use {@link #findForCustomer} so nobody sees another's order. */
@Service
public class OrderBook {

    private final StoreTables tables;

    OrderBook(StoreTables tables) {
        this.tables = tables;
    }

    public Optional<Order> find(String orderId) {
        return tables.orders.find(orderId);
    }

    /** The order only if it belongs to the customer; empty for unknown ids and other customers' orders alike. */
    public Optional<Order> findForCustomer(String orderId, String customerId) {
        return find(orderId).filter(order -> order.customerId().equals(customerId));
    }

    /** The customer's orders, newest first. */
    public List<Order> ofCustomer(String customerId) {
        return tables.orders.findBy("customer_id", customerId, "created_at DESC");
    }

    /** The orders in this status, oldest first (background jobs look at what is awaiting payment, in transit …). */
    public List<Order> withStatus(OrderStatus status) {
        return tables.orders.findBy("status", status.name(), "created_at");
    }

    public List<Order> page(Paging paging) {
        return tables.orders.page(paging);
    }

    public long count() {
        return tables.orders.count();
    }
}
