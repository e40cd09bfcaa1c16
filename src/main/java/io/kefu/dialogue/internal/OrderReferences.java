package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;

/**
 * Finds the customer's orders a message refers to, by looking them up rather than by a pattern:
 * an order id or a tracking number of one of their orders, whatever its format, typed with other
 * case, spaces or dashes, alone or inside a sentence; from what was listed before, "the other
 * one" or "the second one"; or the one order where the message says it stands ("没付款的那单").
 * Only the signed-in customer's own orders are ever found.
 */
@Component
class OrderReferences {

    /** Shorter ids would be found inside unrelated numbers. */
    private static final int MIN_ID = 4;

    private final OrderBook orders;
    private final ProductCatalog catalog;

    OrderReferences(OrderBook orders, ProductCatalog catalog) {
        this.orders = orders;
        this.catalog = catalog;
    }

    /**
     * "我买的推车到哪了", "我那个空气炸锅": the customer's one order, among those the question can be
     * about, that holds a product the message names, or a product of the category it names.
     */
    Optional<Order> holdingNamedProduct(String customerId, Map<String, Object> entities, Predicate<Order> fitting) {
        List<String> named = ProductMentions.skus(entities);
        List<String> skus = !named.isEmpty() || !(entities.get("category") instanceof String category) ? named
                : catalog.snapshot().products().stream().filter(p -> p.category() != null && p.category().contains(category))
                    .map(Product::sku).toList();
        if (customerId == null || skus.isEmpty()) {
            return Optional.empty();
        }
        List<Order> holding = orders.ofCustomer(customerId).stream().filter(fitting)
            .filter(o -> o.items().stream().anyMatch(item -> skus.contains(item.sku()))).toList();
        return holding.size() == 1 ? Optional.of(holding.getFirst()) : Optional.empty();
    }

    /**
     * Whether the message names something of the items of one of the customer's orders: one of its
     * products, their category or brand, or a value of their attributes ("the Shiraz" of a wine).
     */
    boolean namesAnItemOf(String orderId, String customerId, Map<String, Object> entities) {
        return orderId != null && customerId != null
                && orders.findForCustomer(orderId, customerId).map(order -> namesAnItemOf(order, entities)).orElse(false);
    }

    /** Whether the message names something of the order's items (see above). */
    boolean namesAnItemOf(Order order, Map<String, Object> entities) {
        List<String> skus = order.items().stream().map(Order.Item::sku).toList();
        List<String> named = ProductMentions.skus(entities);
        return catalog.snapshot().products().stream().filter(p -> skus.contains(p.sku())).anyMatch(product -> named.contains(product.sku())
                || product.category() != null && product.category().equals(entities.get("category"))
                || product.brand() != null && product.brand().equals(entities.get("brand"))
                || entities.get("attributes") instanceof Map<?, ?> values && values.entrySet().stream()
                    .anyMatch(value -> String.valueOf(product.attributes().get(String.valueOf(value.getKey()))).equalsIgnoreCase(String.valueOf(value.getValue()))));
    }

    /** What a message says about which order it means. */
    record Reference(Optional<Order> order, boolean namesUnknownOrder) {

        static final Reference NONE = new Reference(Optional.empty(), false);
    }

    /**
     * @param entities the message's entities: an {@code orderId} entity that is none of the
     *                 customer's orders is reported as {@code namesUnknownOrder}, revealing nothing
     */
    Reference in(String customerId, String text, Map<String, Object> entities, DialogueState.Memory memory) {
        if (customerId == null) {
            return Reference.NONE;
        }
        List<Order> own = orders.ofCustomer(customerId);
        String compact = compact(text);
        for (Order order : own) {
            if (mentions(compact, order.orderId()) || order.shipment() != null && mentions(compact, order.shipment().trackingNo())) {
                return new Reference(Optional.of(order), false);
            }
        }
        if (entities.get("orderId") instanceof String named) {
            return new Reference(own.stream().filter(o -> o.orderId().equalsIgnoreCase(named)).findFirst(), true);
        }
        if (Referents.meansTheOther(text)) {
            return new Reference(theOther(own, memory), false);
        }
        java.util.Set<io.kefu.commerce.OrderStatus> statuses = StatusWords.named(text);
        List<Order> described = own.stream().filter(o -> statuses.contains(o.status())).toList();
        if (described.size() == 1) {
            return new Reference(Optional.of(described.getFirst()), false);
        }
        Optional<Order> byOrdinal = Referents.ordinal(text)
            .flatMap(ordinal -> Referents.pick(memory.orders(), ordinal))
            .flatMap(id -> own.stream().filter(o -> o.orderId().equals(id)).findFirst());
        return new Reference(byOrdinal, false);
    }

    /**
     * "The other one": besides the order last talked about, the one other order listed before, or
     * else the customer's one other order, or else their one other open order.
     */
    private static Optional<Order> theOther(List<Order> own, DialogueState.Memory memory) {
        List<Order> others = own.stream().filter(o -> !o.orderId().equals(memory.orderId())).toList();
        List<Order> listed = others.stream().filter(o -> memory.orders().contains(o.orderId())).toList();
        List<Order> open = others.stream().filter(o -> o.status().isOpen()).toList();
        for (List<Order> candidates : List.of(listed, others, open)) {
            if (candidates.size() == 1) {
                return Optional.of(candidates.getFirst());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the message is nothing but an order id or tracking number of the customer's ("KFD89196550",
     * "sf1587204936218"): whatever the intent model makes of such a string, it asks nothing else.
     */
    boolean isBare(String customerId, String text) {
        if (customerId == null) {
            return false;
        }
        String compact = compact(text);
        for (Order order : orders.ofCustomer(customerId)) {
            for (String id : order.shipment() == null ? List.of(order.orderId()) : List.of(order.orderId(), order.shipment().trackingNo())) {
                String compactId = compact(id);
                if (compactId.length() >= MIN_ID && compact.contains(compactId) && compact.length() - compactId.length() <= 2
                        && text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentions(String compactText, String id) {
        String compactId = compact(id);
        return compactId.length() >= MIN_ID && compactText.contains(compactId);
    }

    /** Letters and digits only, upper case: "hw 7730129", "HW-7730129" and "hw7730129" all read "HW7730129". */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).filter(c -> c < 128 || Character.isDigit(c))
            .map(c -> Character.isDigit(c) ? Character.forDigit(Character.digit(c, 10), 10) : c)
            .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
