package io.kefu.agentdesk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.knowledge.KnowledgeBase;

/**
 * Suggested replies for the customer's latest message, in the customer's language: the knowledge
 * base's answer, what the store's live data says about the order in question, and the canned
 * responses for the conversation's skill. The agent picks, edits and sends; nothing is sent itself.
 */
@Component
class Assist {

    private static final int CANNED = 3;
    private static final Map<String, String[]> STATUS = Map.of(
            "PENDING_PAYMENT", new String[] { "待付款", "awaiting payment" }, "PAID", new String[] { "已付款，待发货", "paid, not shipped yet" },
            "SHIPPED", new String[] { "已发货", "shipped" }, "DELIVERED", new String[] { "已签收", "delivered" },
            "CANCELLED", new String[] { "已取消", "cancelled" }, "RETURN_REQUESTED", new String[] { "退货申请中", "return requested" },
            "RETURNED", new String[] { "已退货", "returned" }, "REFUNDED", new String[] { "已退款", "refunded" });

    private final KnowledgeBase knowledge;
    private final OrderBook orders;
    private final CannedResponses canned;

    Assist(KnowledgeBase knowledge, OrderBook orders, CannedResponses canned) {
        this.knowledge = knowledge;
        this.orders = orders;
        this.canned = canned;
    }

    List<Suggestion> suggest(String question, String language, String customerId, String orderId, String skill) {
        List<Suggestion> suggestions = new ArrayList<>();
        if (question != null) {
            knowledge.answer(question, language)
                .ifPresent(answer -> suggestions.add(new Suggestion(answer.answer(), "knowledge", answer.entryId() + "@v" + answer.version())));
        }
        if (orderId != null && customerId != null) {
            orders.findForCustomer(orderId, customerId).ifPresent(order -> suggestions.add(new Suggestion(orderStatus(order, language), "order",
                    order.orderId())));
        }
        canned.find(language, skill).stream().limit(CANNED)
            .forEach(response -> suggestions.add(new Suggestion(response.text(), "canned", response.id())));
        return suggestions;
    }

    static String orderStatus(Order order, String language) {
        boolean en = "en".equals(language);
        String status = STATUS.get(order.status().name())[en ? 1 : 0];
        Order.Shipment shipment = order.shipment();
        Order.Event latest = shipment == null ? null : shipment.latestEvent();
        if (en) {
            return "Your order " + order.orderId() + " is " + status + "."
                    + (shipment != null ? " Carrier " + shipment.carrier() + ", tracking number " + shipment.trackingNo() + "." : "")
                    + (latest != null ? " Latest: " + latest.description() + (latest.location() != null ? " (" + latest.location() + ")" : "") + "." : "");
        }
        return "您好，您的订单 " + order.orderId() + " 当前状态：" + status + "。"
                + (shipment != null ? "承运商 " + shipment.carrier() + "，运单号 " + shipment.trackingNo() + "。" : "")
                + (latest != null ? "最新进展：" + (latest.location() != null ? latest.location() + " " : "") + latest.description() + "。" : "");
    }

    record Suggestion(String text, String source, String sourceId) {
    }
}
