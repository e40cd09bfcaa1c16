package io.kefu.dialogue.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 * Answers about the customer's own orders from live store data: status and logistics, refund
 * progress, price protection and invoices. Finds the order the customer means — named by order id
 * or tracking number, "the other one" or "the second one" of those listed, the one holding a
 * product they name, the one talked about before, or their only fitting order — or asks which.
 */
@Component
class OrderAnswerer implements Answerer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final int LISTED = 5;

    private final OrderBook orders;
    private final OrderReferences references;
    private final ProductCatalog catalog;
    private final StoreSettingsService settings;
    private final Phrases phrases;

    OrderAnswerer(OrderBook orders, OrderReferences references, ProductCatalog catalog, StoreSettingsService settings, Phrases phrases) {
        this.orders = orders;
        this.references = references;
        this.catalog = catalog;
        this.settings = settings;
        this.phrases = phrases;
    }

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public Answer answer(Ask ask) {
        String language = ask.language();
        if (ask.customerId() == null) {
            return Answer.generic(Reply.of(phrases.say("order.anonymous", language), List.of(phrases.say("menu.human", language))));
        }
        Predicate<Order> fitting = fitting(ask.intent());
        OrderReferences.Reference reference = references.in(ask.customerId(), ask.text(), ask.entities(), ask.memory());
        if (reference.order().isEmpty() && reference.namesUnknownOrder()) {
            // an id that is not this customer's reveals nothing, not even that it exists
            return Answer.specific(Reply.of(phrases.say("order.notFound", language), List.of(phrases.say("menu.human", language))));
        }
        // "那另一个订单呢" never means the order just talked about
        boolean another = Referents.meansTheOther(ask.text());
        Optional<Order> order = reference.order().or(() -> references.holdingNamedProduct(ask.customerId(), ask.entities(), fitting))
            .or(() -> another ? Optional.empty() : talkedAbout(ask, fitting));
        if (order.isEmpty()) {
            List<Order> own = orders.ofCustomer(ask.customerId()).stream().filter(o -> !another || !o.orderId().equals(ask.memory().orderId()))
                .toList();
            List<Order> candidates = own.stream().filter(fitting).limit(LISTED).toList();
            if (candidates.isEmpty() && another) {
                candidates = own.stream().limit(LISTED).toList();
            }
            if (candidates.size() == 1) {
                order = Optional.of(candidates.getFirst());
            }
            else if (candidates.isEmpty()) {
                return Answer.generic(Reply.of(phrases.say("order.none", language), List.of(phrases.say("menu.human", language))));
            }
            else {
                List<String> ids = candidates.stream().map(Order::orderId).toList();
                return Answer.clarifying(Reply.of(phrases.say("order.which", language), ids), state -> state
                    .remember(state.memory().withOrders(ids)).with(b -> b.pendingIntent = ask.intent()));
            }
        }
        Order found = order.get();
        Reply reply = switch (ask.intent()) {
            case "refund_status" -> refund(found, language);
            case "price_protection" -> priceProtection(found, ask);
            case "invoice" -> invoice(found, language);
            default -> status(found, language);
        };
        return Answer.specific(reply, state -> state.remember(state.memory().withOrder(found.orderId(), ask.intent())));
    }

    private static Predicate<Order> fitting(String intent) {
        return switch (intent) {
            case "refund_status" -> o -> o.status() == OrderStatus.RETURN_REQUESTED || o.status() == OrderStatus.RETURNED
                    || o.status() == OrderStatus.REFUNDED;
            case "price_protection", "invoice" -> o -> o.paidAt() != null && o.status() != OrderStatus.CANCELLED;
            default -> o -> o.status().isOpen();
        };
    }

    /**
     * The order talked about, unless the question cannot be about it and can be about only one other
     * ("之前退的那个热水壶 钱到账没" after a shipped order was talked about).
     */
    private Optional<Order> talkedAbout(Ask ask, Predicate<Order> fitting) {
        Optional<Order> remembered = remembered(ask);
        if (remembered.filter(fitting).isPresent()) {
            return remembered;
        }
        List<Order> fit = orders.ofCustomer(ask.customerId()).stream().filter(fitting).limit(2).toList();
        return fit.size() == 1 ? Optional.of(fit.getFirst()) : remembered;
    }

    private Optional<Order> remembered(Ask ask) {
        return Optional.ofNullable(ask.memory().orderId()).flatMap(id -> orders.findForCustomer(id, ask.customerId()));
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
                vars.put("time", WHEN.format(latest.time().atZoneSameInstant(settings.current().zone())));
                vars.put("location", latest.location() == null ? "" : latest.location());
                vars.put("event", latest.description());
                text.append(phrases.say("order.latest", language, vars));
            }
        }
        else if (order.status() == OrderStatus.PAID) {
            text.append(phrases.say("order.notShippedYet", language));
        }
        else if (order.status() == OrderStatus.PENDING_PAYMENT) {
            text.append(phrases.say("order.awaitingPayment", language, Map.of("items", itemNames(order))));
        }
        return withOrder(text.toString(), order);
    }

    private String itemNames(Order order) {
        List<String> names = new ArrayList<>();
        for (Order.Item item : order.items()) {
            catalog.snapshot().products().stream().filter(p -> p.sku().equals(item.sku())).findFirst()
                .ifPresentOrElse(p -> names.add(p.name() + " ×" + item.quantity()), () -> names.add(item.sku() + " ×" + item.quantity()));
        }
        return String.join(", ", names);
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
        List<Reply.Source> sources = new ArrayList<>(reply.sources());
        sources.add(new Reply.Source("policy", "priceProtectionDays"));
        return new Reply(reply.text(), reply.quickReplies(), sources, reply.cards());
    }

    private Reply invoice(Order order, String language) {
        return withOrder(phrases.say("invoice.howTo", language, Map.of("orderId", order.orderId(), "total", order.total())), order);
    }

    private Reply withOrder(String text, Order order) {
        return new Reply(text, List.of(), List.of(new Reply.Source("order", order.orderId())),
                List.of(new Reply.Card("order", OrderCards.of(order))));
    }
}
