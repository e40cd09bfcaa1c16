package io.kefu.commerce.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Customer;
import io.kefu.commerce.Order;
import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;

/**
 * The customer's profile and orders as the merchant synced them. Erasure removes the profile and
 * keeps the orders (the merchant's books need them) with the delivery address erased; an order not
 * yet delivered makes a shopper's own erasure request wait for a person's review.
 */
@Component
class CustomerRecords implements PersonalDataHolder {

    private final StoreTables tables;

    CustomerRecords(StoreTables tables) {
        this.tables = tables;
    }

    @Override
    public void identify(DataSubject subject) {
        tables.customers.find(subject.customerId()).ifPresent(customer -> {
            subject.addPersonalValue(customer.name());
            subject.addPersonalValue(customer.phone());
            subject.addPersonalValue(customer.email());
        });
        orders(subject).forEach(order -> subject.addPersonalValue(order.address()));
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        Optional<Customer> profile = tables.customers.find(subject.customerId());
        if (profile.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("profile", profile.get());
        sections.put("orders", orders(subject));
        return sections;
    }

    @Override
    public List<String> erasureConcerns(DataSubject subject) {
        return orders(subject).stream().filter(order -> order.status().isOpen())
            .map(order -> "订单 " + order.orderId() + " 尚未完成 / order " + order.orderId() + " is not completed (" + order.status().name() + ")")
            .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        tables.customers.delete(subject.customerId());
        for (Order order : orders(subject)) {
            tables.orders.put(anonymised(order, subject));
        }
    }

    private List<Order> orders(DataSubject subject) {
        return tables.orders.findBy("customer_id", subject.customerId(), "created_at DESC");
    }

    private static Order anonymised(Order order, DataSubject subject) {
        Order.Shipment shipment = order.shipment() == null ? null
                : new Order.Shipment(order.shipment().carrier(), order.shipment().trackingNo(), order.shipment().events().stream()
                    .map(event -> new Order.Event(event.time(), subject.scrub(event.location()), subject.scrub(event.description())))
                    .toList());
        return new Order(order.orderId(), order.customerId(), order.status(), order.items(), order.total(), order.createdAt(),
                order.paidAt(), order.shippedAt(), order.deliveredAt(), order.address() == null ? null : DataSubject.ERASED, shipment);
    }
}
