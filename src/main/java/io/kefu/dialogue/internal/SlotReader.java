package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.OrderStatus;

/**
 * Fills slots: from the entities of the current message, from the conversation (the order talked
 * about before, or the customer's only order the flow can apply to), or from the customer's answer
 * to the bot's question.
 */
@Component
class SlotReader {

    private static final int MIN_ANSWER = 2;

    private final OrderBook orders;
    private final Phrases phrases;

    SlotReader(OrderBook orders, Phrases phrases) {
        this.orders = orders;
        this.phrases = phrases;
    }

    /** The slot's value from this message or the context; empty when the bot has to ask. */
    Optional<String> read(String slotName, FlowBook.Slot slot, String flow, FlowTurn turn, boolean answering) {
        if (slot.entity() != null && turn.entities().get(slot.entity()) instanceof String value) {
            return Optional.of(value);
        }
        if ("orderId".equals(slotName)) {
            return answering ? knownOrderIn(turn) : fromContext(slot, flow, turn);
        }
        if (!answering) {
            return Optional.empty();
        }
        String text = turn.text().strip();
        if (text.equals(turn.entities().get("orderId"))) {
            return Optional.empty();
        }
        for (String choice : slot.choices()) {
            if (phrases.say(choice, turn.language()).equalsIgnoreCase(text)) {
                return Optional.of(text);
            }
        }
        int min = slot.minLength() != null ? slot.minLength() : MIN_ANSWER;
        return text.codePointCount(0, text.length()) >= min ? Optional.of(text) : Optional.empty();
    }

    /** Orders the customer could mean in this flow, newest first, for quick replies. */
    List<String> candidateOrders(String flow, String customerId) {
        if (customerId == null) {
            return List.of();
        }
        return orders.ofCustomer(customerId).stream().filter(applicableTo(flow)).map(Order::orderId).limit(5).toList();
    }

    private Optional<String> fromContext(FlowBook.Slot slot, String flow, FlowTurn turn) {
        if (!slot.fromContext() || turn.customerId() == null) {
            return Optional.empty();
        }
        if (turn.rememberedOrderId() != null && orders.findForCustomer(turn.rememberedOrderId(), turn.customerId()).isPresent()) {
            return Optional.of(turn.rememberedOrderId());
        }
        List<String> candidates = candidateOrders(flow, turn.customerId());
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    /** An answer that names one of the customer's orders by its id, even without the entity. */
    private Optional<String> knownOrderIn(FlowTurn turn) {
        if (turn.customerId() == null) {
            return Optional.empty();
        }
        String text = turn.text().strip();
        return orders.ofCustomer(turn.customerId()).stream().map(Order::orderId).filter(text::contains).findFirst();
    }

    private static Predicate<Order> applicableTo(String flow) {
        return switch (flow) {
            case "return_request", "exchange_request" -> order -> order.status() == OrderStatus.DELIVERED;
            case "cancel_order", "change_address" -> order -> order.status().isBeforeShipping();
            default -> order -> order.status().isOpen();
        };
    }

    /** What a slot reader needs of the turn. */
    record FlowTurn(String text, String language, String customerId, Map<String, Object> entities, String rememberedOrderId) {
    }
}
