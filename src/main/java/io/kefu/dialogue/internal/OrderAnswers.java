package io.kefu.dialogue.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.dialogue.Reply;

/**
 * Answers about the customer's own orders from live store data: status, and the latest shipment
 * event with carrier and tracking number.
 */
@Component
class OrderAnswers {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final OrderBook orders;
    private final Phrases phrases;

    OrderAnswers(OrderBook orders, Phrases phrases) {
        this.orders = orders;
        this.phrases = phrases;
    }

    /** Empty when no order could be identified; the caller then asks for one. */
    Optional<Answer> answer(String customerId, String mentionedOrderId, String rememberedOrderId, String language) {
        if (customerId == null) {
            return Optional.empty();
        }
        if (mentionedOrderId != null) {
            // An id that is not this customer's reveals nothing, not even that it exists.
            return orders.findForCustomer(mentionedOrderId, customerId).map(o -> new Answer(o.orderId(), describe(o, language)));
        }
        Optional<Order> order = Optional.ofNullable(rememberedOrderId).flatMap(id -> orders.findForCustomer(id, customerId));
        if (order.isEmpty()) {
            List<Order> open = orders.ofCustomer(customerId).stream().filter(o -> o.status().isOpen()).toList();
            if (open.size() == 1) {
                order = Optional.of(open.getFirst());
            }
            else if (open.size() > 1) {
                List<String> choices = open.stream().map(Order::orderId).limit(5).toList();
                return Optional.of(new Answer(null, new Reply(phrases.say("order.which", language), choices, List.of(), List.of())));
            }
        }
        return order.map(o -> new Answer(o.orderId(), describe(o, language)));
    }

    private Reply describe(Order order, String language) {
        String status = phrases.say("status." + order.status().name(), language);
        StringBuilder text = new StringBuilder(phrases.say("order.status", language, order.orderId(), status));
        Order.Shipment shipment = order.shipment();
        if (shipment != null) {
            Order.Event latest = shipment.latestEvent();
            text.append(phrases.say("order.shipment", language, shipment.carrier(), shipment.trackingNo()));
            if (latest != null) {
                text.append(phrases.say("order.latest", language, WHEN.format(latest.time()),
                        latest.location() == null ? "" : latest.location(), latest.description()));
            }
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("orderId", order.orderId());
        card.put("status", order.status().name());
        card.put("total", order.total());
        card.put("items", order.items());
        if (shipment != null) {
            card.put("carrier", shipment.carrier());
            card.put("trackingNo", shipment.trackingNo());
            card.put("latestEvent", shipment.latestEvent());
        }
        return new Reply(text.toString(), List.of(), List.of(new Reply.Source("order", order.orderId())),
                List.of(new Reply.Card("order", card)));
    }

    record Answer(String orderId, Reply reply) {
    }
}
