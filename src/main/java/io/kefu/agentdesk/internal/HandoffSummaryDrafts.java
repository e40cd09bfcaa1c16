package io.kefu.agentdesk.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.kefu.commerce.CustomerDirectory;
import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.llm.ConversationDrafts;
import io.kefu.llm.Fact;

/**
 * The optional model's summary of a handed-over conversation, drafted once after the handoff
 * committed and kept on the handoff row. The transcript is what the customer saw (no internal
 * notes); the facts are the order the conversation is about. Without a model, or when the draft is
 * refused, the card shows the template summary alone.
 */
@Component
class HandoffSummaryDrafts {

    private final ConversationDrafts drafts;
    private final ConversationService conversations;
    private final HandoffCards cards;
    private final Handoffs handoffs;
    private final CustomerDirectory customers;
    private final OrderBook orders;

    HandoffSummaryDrafts(ConversationDrafts drafts, ConversationService conversations, HandoffCards cards, Handoffs handoffs,
            CustomerDirectory customers, OrderBook orders) {
        this.drafts = drafts;
        this.conversations = conversations;
        this.cards = cards;
        this.handoffs = handoffs;
        this.customers = customers;
        this.orders = orders;
    }

    void draft(String conversationId) {
        if (!drafts.summariesAvailable()) {
            return;
        }
        HandoffRow row = handoffs.find(conversationId).filter(HandoffRow::open).orElse(null);
        if (row == null) {
            return;
        }
        ConversationView view = conversations.view(conversationId);
        String transcript = view.messages().stream().map(message -> message.role() + ": " + message.text())
            .collect(Collectors.joining("\n"));
        String orderId = cards.understand(conversationId).orderId();
        List<Fact> facts = orderId == null ? List.of() : orders.find(orderId).map(order -> List.of(fact(order))).orElse(List.of());
        drafts.handoffSummary(transcript, row.language(), facts, customers.personalValues(view.customerId()))
            .ifPresent(summary -> handoffs.modelSummaryDrafted(conversationId, row.queuedAt(), summary.text(), summary.model()));
    }

    private static Fact fact(Order order) {
        StringBuilder text = new StringBuilder("Order " + order.orderId() + ": " + order.status() + ", total "
                + order.total().toPlainString() + ", items " + order.items().stream().map(item -> item.sku() + " x" + item.quantity()).collect(Collectors.joining(", ")));
        if (order.shipment() != null) {
            text.append(", shipped by ").append(order.shipment().carrier()).append(" tracking ").append(order.shipment().trackingNo());
            Order.Event latest = order.shipment().latestEvent();
            if (latest != null) {
                text.append(", latest: ").append(latest.description());
            }
        }
        return new Fact("order", order.orderId(), text.toString());
    }
}
