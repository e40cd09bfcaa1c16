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
 * to the bot's question. An order is found by looking it up among the customer's own orders; a
 * free-text answer must say something: "好的" or "yes" answers no question but a yes/no one.
 */
@Component
class SlotReader {

    private static final int MIN_ANSWER = 2;

    private final OrderBook orders;
    private final OrderReferences references;
    private final Phrases phrases;

    SlotReader(OrderBook orders, OrderReferences references, Phrases phrases) {
        this.orders = orders;
        this.references = references;
        this.phrases = phrases;
    }

    /** The slot's value from this message or the context; empty when the bot has to ask. */
    Optional<String> read(String slotName, FlowBook.Slot slot, String flow, FlowTurn turn, boolean answering) {
        if ("orderId".equals(slotName)) {
            Optional<String> named = namedOrder(turn);
            if (named.isPresent() || answering) {
                return named;
            }
            return fromContext(slot, flow, turn);
        }
        if (slot.entity() != null && turn.entities().get(slot.entity()) instanceof String value) {
            return Optional.of(value);
        }
        if (!answering) {
            return Optional.empty();
        }
        String text = turn.text().strip();
        for (String choice : slot.choices()) {
            if (phrases.say(choice, turn.language()).equalsIgnoreCase(text)) {
                return Optional.of(text);
            }
        }
        int min = slot.minLength() != null ? slot.minLength() : MIN_ANSWER;
        boolean saysSomething = YesNo.of(text) == YesNo.UNCLEAR && text.codePointCount(0, text.length()) >= min;
        return saysSomething && !text.equals(turn.entities().get("orderId")) ? Optional.of(text) : Optional.empty();
    }

    /** Orders the customer could mean in this flow, newest first, for quick replies. */
    List<String> candidateOrders(String flow, String customerId) {
        if (customerId == null) {
            return List.of();
        }
        return orders.ofCustomer(customerId).stream().filter(applicableTo(flow)).map(Order::orderId).limit(5).toList();
    }

    /** The order the message names: one of the customer's, or (to refuse it without revealing anything) an unknown id. */
    private Optional<String> namedOrder(FlowTurn turn) {
        OrderReferences.Reference reference = references.in(turn.customerId(), turn.text(), turn.entities(), turn.memory());
        if (reference.order().isPresent()) {
            return reference.order().map(Order::orderId);
        }
        if (reference.namesUnknownOrder()) {
            return Optional.of((String) turn.entities().get("orderId"));
        }
        // "我那个空气炸锅申请退货了": the one order holding it, whether or not the flow can act on it (it says why not)
        return references.holdingNamedProduct(turn.customerId(), turn.entities(), order -> true).map(Order::orderId);
    }

    private Optional<String> fromContext(FlowBook.Slot slot, String flow, FlowTurn turn) {
        if (!slot.fromContext() || turn.customerId() == null) {
            return Optional.empty();
        }
        String remembered = turn.memory().orderId();
        if (remembered != null && orders.findForCustomer(remembered, turn.customerId()).isPresent()) {
            return Optional.of(remembered);
        }
        List<String> candidates = candidateOrders(flow, turn.customerId());
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    private static Predicate<Order> applicableTo(String flow) {
        return switch (flow) {
            case "return_request", "exchange_request" -> order -> order.status() == OrderStatus.DELIVERED;
            case "cancel_order", "change_address" -> order -> order.status().isBeforeShipping();
            default -> order -> order.status().isOpen();
        };
    }

    /** What a slot reader needs of the turn. */
    record FlowTurn(String text, String language, String customerId, Map<String, Object> entities, DialogueState.Memory memory) {
    }
}
