package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.kefu.commerce.AfterSalesPolicy;
import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.OrderStatus;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.Reply;

/**
 * One-shot answers about the customer's own orders from live store data: status, logistics,
 * refund progress, price protection and invoices. Finds the order the customer means (named in the
 * message, talked about before, or their only fitting order) or asks which one.
 */
@Component
class OrderAnswers {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final OrderBook orders;
    private final ProductCatalog catalog;
    private final StoreSettingsService settings;
    private final Phrases phrases;

    OrderAnswers(OrderBook orders, ProductCatalog catalog, StoreSettingsService settings, Phrases phrases) {
        this.orders = orders;
        this.catalog = catalog;
        this.settings = settings;
        this.phrases = phrases;
    }

    /** The reply and the order it was about (null when the bot had to ask which). */
    record Answer(String orderId, Reply reply) {
    }

    Answer answer(String intent, Ask ask) {
        if (ask.customerId() == null) {
            return new Answer(null, Reply.of(phrases.say("order.anonymous", ask.language()), List.of(phrases.say("menu.human", ask.language()))));
        }
        Predicate<Order> fitting = switch (intent) {
            case "refund_status" -> o -> o.status() == OrderStatus.RETURN_REQUESTED || o.status() == OrderStatus.RETURNED
                    || o.status() == OrderStatus.REFUNDED;
            case "price_protection", "invoice" -> o -> o.paidAt() != null && o.status() != OrderStatus.CANCELLED;
            default -> o -> o.status().isOpen();
        };
        Optional<Order> order = find(ask, fitting);
        if (order.isEmpty()) {
            List<String> candidates = orders.ofCustomer(ask.customerId()).stream().filter(fitting).map(Order::orderId).limit(5).toList();
            if (ask.mentionedOrderId() == null && candidates.size() > 1) {
                return new Answer(null, Reply.of(phrases.say("order.which", ask.language()), candidates));
            }
            String key = ask.mentionedOrderId() != null ? "order.notFound" : "order.none";
            return new Answer(null, Reply.of(phrases.say(key, ask.language()), List.of(phrases.say("menu.human", ask.language()))));
        }
        Order found = order.get();
        Reply reply = switch (intent) {
            case "refund_status" -> refund(found, ask.language());
            case "price_protection" -> priceProtection(found, ask);
            case "invoice" -> invoice(found, ask.language());
            default -> status(found, ask.language());
        };
        return new Answer(found.orderId(), reply);
    }

    private Optional<Order> find(Ask ask, Predicate<Order> fitting) {
        if (ask.mentionedOrderId() != null) {
            // An id that is not this customer's reveals nothing, not even that it exists.
            return orders.findForCustomer(ask.mentionedOrderId(), ask.customerId());
        }
        Optional<Order> remembered = Optional.ofNullable(ask.rememberedOrderId()).flatMap(id -> orders.findForCustomer(id, ask.customerId()));
        if (remembered.isPresent()) {
            return remembered;
        }
        List<Order> candidates = orders.ofCustomer(ask.customerId()).stream().filter(fitting).toList();
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    private Reply status(Order order, String language) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("orderId", order.orderId());
        vars.put("status", phrases.say("status." + order.status().name(), language));
        StringBuilder text = new StringBuilder(phrases.say("order.status", language, vars));
        Order.Shipment shipment = order.shipment();
        if (shipment != null) {
            vars.put("carrier", shipment.carrier());
            vars.put("trackingNo", shipment.trackingNo());
            text.append(phrases.say("order.shipment", language, vars));
            Order.Event latest = shipment.latestEvent();
            if (latest != null) {
                vars.put("time", WHEN.format(latest.time()));
                vars.put("location", latest.location() == null ? "" : latest.location());
                vars.put("event", latest.description());
                text.append(phrases.say("order.latest", language, vars));
            }
        }
        else if (order.status() == OrderStatus.PAID) {
            text.append(phrases.say("order.notShippedYet", language));
        }
        else if (order.status() == OrderStatus.PENDING_PAYMENT) {
            text.append(phrases.say("order.awaitingPayment", language));
        }
        return withOrder(text.toString(), order);
    }

    private Reply refund(Order order, String language) {
        String key = switch (order.status()) {
            case REFUNDED -> "refund.done";
            case RETURNED -> "refund.returned";
            case RETURN_REQUESTED -> "refund.requested";
            default -> "refund.none";
        };
        return withOrder(phrases.say(key, language, Map.of("orderId", order.orderId(), "total", order.total())), order);
    }

    private Reply priceProtection(Order order, Ask ask) {
        AfterSalesPolicy.PriceProtection owed = AfterSalesPolicy.priceProtection(order, catalog.snapshot(), settings.current(), ask.now());
        Map<String, Object> vars = Map.of("orderId", order.orderId(), "refund", owed.refund().stripTrailingZeros().toPlainString(),
                "days", settings.current().priceProtectionDays());
        Reply reply = withOrder(phrases.say("price.protection." + owed.outcome(), ask.language(), vars), order);
        return new Reply(reply.text(), reply.quickReplies(), append(reply.sources(), new Reply.Source("policy", "priceProtectionDays")),
                reply.cards());
    }

    private Reply invoice(Order order, String language) {
        return withOrder(phrases.say("invoice.howTo", language, Map.of("orderId", order.orderId(), "total", order.total())), order);
    }

    private static Reply withOrder(String text, Order order) {
        return new Reply(text, List.of(), List.of(new Reply.Source("order", order.orderId())),
                List.of(new Reply.Card("order", OrderCards.of(order))));
    }

    private static List<Reply.Source> append(List<Reply.Source> sources, Reply.Source source) {
        java.util.ArrayList<Reply.Source> all = new java.util.ArrayList<>(sources);
        all.add(source);
        return all;
    }

    /** Who asks about which order, and when. */
    record Ask(String customerId, String language, String mentionedOrderId, String rememberedOrderId, OffsetDateTime now) {
    }
}
