package io.kefu.commerce;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.commerce.internal.StoreTables;
import io.kefu.platform.DataVersions;

/**
 * Changes Kefu makes to orders on a customer's behalf, each checked against the store's rules and
 * the order's owner. Every change is published as an {@link OrderChanged} event so the merchant's
 * systems can follow.
 */
@Service
public class OrderChanges {

    private final StoreTables tables;
    private final OrderBook orders;
    private final StoreSettingsService settings;
    private final DataVersions versions;
    private final ApplicationEventPublisher events;

    OrderChanges(StoreTables tables, OrderBook orders, StoreSettingsService settings, DataVersions versions,
            ApplicationEventPublisher events) {
        this.tables = tables;
        this.orders = orders;
        this.settings = settings;
        this.versions = versions;
        this.events = events;
    }

    /** Empty when the order is not the customer's or no longer eligible. */
    @Transactional
    public Optional<Order> requestAfterSales(String orderId, String customerId, AfterSalesPolicy.Kind kind, String reason,
            List<String> evidenceAttachmentIds, OffsetDateTime now) {
        return orders.findForCustomer(orderId, customerId)
            .filter(order -> AfterSalesPolicy.afterSales(order, kind, settings.current(), now).eligible())
            .map(order -> save(withStatus(order, OrderStatus.RETURN_REQUESTED),
                    new OrderChanged(orderId, customerId, kind.name() + "_REQUESTED", reason, evidenceAttachmentIds)));
    }

    @Transactional
    public Optional<Order> cancel(String orderId, String customerId, String reason) {
        return orders.findForCustomer(orderId, customerId).filter(AfterSalesPolicy::isBeforeShipping)
            .map(order -> save(withStatus(order, OrderStatus.CANCELLED), new OrderChanged(orderId, customerId, "CANCELLED", reason, List.of())));
    }

    @Transactional
    public Optional<Order> changeAddress(String orderId, String customerId, String address) {
        return orders.findForCustomer(orderId, customerId).filter(AfterSalesPolicy::isBeforeShipping)
            .map(order -> save(new Order(order.orderId(), order.customerId(), order.status(), order.items(), order.total(),
                    order.createdAt(), order.paidAt(), order.shippedAt(), order.deliveredAt(), address, order.shipment()),
                    new OrderChanged(orderId, customerId, "ADDRESS_CHANGED", address, List.of())));
    }

    private Order save(Order order, OrderChanged change) {
        tables.orders.put(order);
        versions.bump(StoreDataChanged.Kind.ORDERS.name());
        events.publishEvent(change);
        return order;
    }

    private static Order withStatus(Order order, OrderStatus status) {
        return new Order(order.orderId(), order.customerId(), status, order.items(), order.total(), order.createdAt(),
                order.paidAt(), order.shippedAt(), order.deliveredAt(), order.address(), order.shipment());
    }

    /**
     * An order changed by Kefu: {@code change} is CANCELLED, ADDRESS_CHANGED, RETURN_REQUESTED or
     * EXCHANGE_REQUESTED; {@code evidence} are attachment ids the customer sent with the request.
     */
    public record OrderChanged(String orderId, String customerId, String change, String detail, List<String> evidence) {
    }
}
