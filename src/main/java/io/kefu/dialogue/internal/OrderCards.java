package io.kefu.dialogue.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.kefu.commerce.Order;

/** The data of an order card: what a customer needs to recognise the order and see where it is. */
final class OrderCards {

    private OrderCards() {
    }

    static Map<String, Object> of(Order order) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("orderId", order.orderId());
        card.put("status", order.status().name());
        card.put("total", order.total());
        card.put("createdAt", order.createdAt());
        card.put("items", order.items());
        if (order.shipment() != null) {
            card.put("carrier", order.shipment().carrier());
            card.put("trackingNo", order.shipment().trackingNo());
            card.put("latestEvent", order.shipment().latestEvent());
        }
        return card;
    }
}
