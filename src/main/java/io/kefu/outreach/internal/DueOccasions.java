package io.kefu.outreach.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.OrderStatus;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.outreach.OutreachRules;
import io.kefu.outreach.Rule;

/** What the switched-on rules would write about now, read from the store's orders and the noted complaints. */
@Component
class DueOccasions {

    /**
     * A reminder about an order unpaid for longer than its rule's wait plus this would arrive after the
     * shopper has long moved on (and orders from before the rule was switched on are not dug up).
     */
    static final Duration UNPAID_LATEST = Duration.ofDays(1);

    /** A resolved complaint older than this earns no coupon any more (a rule switched on later does not reach back). */
    static final Duration RECOVERY_LATEST = Duration.ofDays(7);

    private final OrderBook orders;
    private final ProductCatalog catalog;
    private final StoreSettingsService settings;
    private final Complaints complaints;

    DueOccasions(OrderBook orders, ProductCatalog catalog, StoreSettingsService settings, Complaints complaints) {
        this.orders = orders;
        this.catalog = catalog;
        this.settings = settings;
        this.complaints = complaints;
    }

    List<Occasion> at(OffsetDateTime now, OutreachRules rules) {
        StoreSettings store = settings.current();
        List<Occasion> due = new ArrayList<>();
        if (rules.stalledShipment().enabled()) {
            due.addAll(stalledShipments(now, Duration.ofHours(rules.stalledShipment().hours()), store.zone()));
        }
        if (rules.unpaidOrder().enabled()) {
            due.addAll(unpaidOrders(now, Duration.ofMinutes(rules.unpaidOrder().minutes()), store.currency()));
        }
        if (rules.serviceRecovery().enabled()) {
            due.addAll(resolvedComplaints(now, rules.serviceRecovery(), store.currency()));
        }
        return due;
    }

    private List<Occasion> stalledShipments(OffsetDateTime now, Duration stall, ZoneId zone) {
        List<Occasion> due = new ArrayList<>();
        for (Order order : orders.withStatus(OrderStatus.SHIPPED)) {
            if (order.shipment() == null) {
                continue;
            }
            Order.Event last = order.shipment().latestEvent();
            OffsetDateTime since = last != null ? last.time() : order.shippedAt();
            if (since == null || since.plus(stall).isAfter(now)) {
                continue;
            }
            // a new tracking event ends the stall; a later stall of the same parcel is a new occasion
            String subject = order.orderId() + "@" + since.toInstant();
            due.add(new Occasion(Rule.STALLED_SHIPMENT, subject, order.customerId(), order.orderId(), null,
                    (language, code) -> Phrases.stalledShipment(language, order, last, since, zone)));
        }
        return due;
    }

    private List<Occasion> unpaidOrders(OffsetDateTime now, Duration wait, String currency) {
        List<Occasion> due = new ArrayList<>();
        for (Order order : orders.withStatus(OrderStatus.PENDING_PAYMENT)) {
            OffsetDateTime remindFrom = order.createdAt().plus(wait);
            if (remindFrom.isAfter(now) || remindFrom.plus(UNPAID_LATEST).isBefore(now)) {
                continue;
            }
            due.add(new Occasion(Rule.UNPAID_ORDER, order.orderId(), order.customerId(), order.orderId(), null,
                    (language, code) -> Phrases.unpaidOrder(language, order, items(order, language), currency)));
        }
        return due;
    }

    private List<Occasion> resolvedComplaints(OffsetDateTime now, OutreachRules.ServiceRecovery rule, String currency) {
        return complaints.resolvedBetween(now.minus(RECOVERY_LATEST), now).stream()
            .map(resolved -> new Occasion(Rule.SERVICE_RECOVERY, resolved.conversationId(), resolved.customerId(), null, rule.couponValue(),
                    (language, code) -> Phrases.serviceRecovery(language, rule.couponValue(), currency, code)))
            .toList();
    }

    private String items(Order order, String language) {
        return order.items().stream()
            .map(item -> Phrases.item(language, catalog.find(item.sku()).map(p -> p.name()).orElse(item.sku()), item.quantity()))
            .collect(Collectors.joining(Phrases.itemSeparator(language)));
    }
}
