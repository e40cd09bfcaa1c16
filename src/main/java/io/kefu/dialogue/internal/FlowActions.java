package io.kefu.dialogue.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.kefu.commerce.AfterSalesPolicy;
import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.OrderChanges;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.Reply;

/**
 * The built-in actions flows can call, by name. Each returns an outcome ({@code OK} or a reason
 * such as {@code WINDOW_PASSED}) and leaves variables and cards in the context.
 */
@Component
class FlowActions {

    static final String OK = "OK";

    private final Map<String, Function<FlowContext, String>> actions = new LinkedHashMap<>();
    private final OrderBook orders;
    private final OrderChanges changes;
    private final StoreSettingsService settings;
    private final Phrases phrases;

    FlowActions(OrderBook orders, OrderChanges changes, StoreSettingsService settings, Phrases phrases) {
        this.orders = orders;
        this.changes = changes;
        this.settings = settings;
        this.phrases = phrases;
        actions.put("check_return", ctx -> checkAfterSales(ctx, AfterSalesPolicy.Kind.RETURN));
        actions.put("check_exchange", ctx -> checkAfterSales(ctx, AfterSalesPolicy.Kind.EXCHANGE));
        actions.put("request_return", ctx -> requestAfterSales(ctx, AfterSalesPolicy.Kind.RETURN));
        actions.put("request_exchange", ctx -> requestAfterSales(ctx, AfterSalesPolicy.Kind.EXCHANGE));
        actions.put("check_cancel", this::checkBeforeShipping);
        actions.put("cancel_order", ctx -> orderChanged(ctx, changes.cancel(ctx.slots.get("orderId"), ctx.customerId, ctx.slots.get("reason"))));
        actions.put("change_address", ctx -> orderChanged(ctx,
                changes.changeAddress(ctx.slots.get("orderId"), ctx.customerId, ctx.slots.get("address"))));
    }

    Set<String> names() {
        return actions.keySet();
    }

    String run(String name, FlowContext ctx) {
        return actions.get(name).apply(ctx);
    }

    private String checkAfterSales(FlowContext ctx, AfterSalesPolicy.Kind kind) {
        Optional<Order> order = orders.findForCustomer(ctx.slots.get("orderId"), ctx.customerId);
        if (order.isEmpty()) {
            return "CLOSED";
        }
        AfterSalesPolicy.Eligibility eligibility = AfterSalesPolicy.afterSales(order.get(), kind, settings.current(), ctx.now);
        ctx.variables.put("windowDays", eligibility.windowDays());
        ctx.variables.put("days", eligibility.daysLeft());
        ctx.variables.put("status", phrases.say("status." + order.get().status().name(), ctx.language));
        ctx.sources.add(new Reply.Source("order", order.get().orderId()));
        ctx.sources.add(new Reply.Source("policy", kind == AfterSalesPolicy.Kind.RETURN ? "returnWindowDays" : "exchangeWindowDays"));
        if (kind == AfterSalesPolicy.Kind.RETURN && AfterSalesPolicy.WINDOW_PASSED.equals(eligibility.reason())) {
            // a shopper too late to return is told what they still can do
            AfterSalesPolicy.Eligibility exchange = AfterSalesPolicy.afterSales(order.get(), AfterSalesPolicy.Kind.EXCHANGE, settings.current(), ctx.now);
            if (exchange.eligible()) {
                ctx.variables.put("exchangeWindowDays", exchange.windowDays());
                ctx.variables.put("exchangeDays", exchange.daysLeft());
                ctx.sources.add(new Reply.Source("policy", "exchangeWindowDays"));
                return AfterSalesPolicy.EXCHANGE_STILL_OPEN;
            }
        }
        return eligibility.eligible() ? OK : eligibility.reason();
    }

    private String requestAfterSales(FlowContext ctx, AfterSalesPolicy.Kind kind) {
        List<String> evidence = ctx.slots.containsKey(ActiveFlow.EVIDENCE) ? List.of(ctx.slots.get(ActiveFlow.EVIDENCE).split(",")) : List.of();
        Optional<Order> changed = changes.requestAfterSales(ctx.slots.get("orderId"), ctx.customerId, kind, ctx.slots.get("reason"),
                evidence, ctx.now);
        changed.ifPresent(order -> {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("orderId", order.orderId());
            card.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
            card.put("reason", ctx.slots.get("reason"));
            card.put("status", order.status().name());
            card.put("attachments", evidence);
            card.put("items", order.items());
            ctx.cards.add(new Reply.Card("return", card));
            ctx.sources.add(new Reply.Source("order", order.orderId()));
        });
        return changed.isPresent() ? OK : "FAILED";
    }

    private String checkBeforeShipping(FlowContext ctx) {
        Optional<Order> order = orders.findForCustomer(ctx.slots.get("orderId"), ctx.customerId);
        if (order.isEmpty()) {
            return "CLOSED";
        }
        ctx.variables.put("status", phrases.say("status." + order.get().status().name(), ctx.language));
        ctx.sources.add(new Reply.Source("order", order.get().orderId()));
        return switch (order.get().status()) {
            case PENDING_PAYMENT, PAID -> OK;
            case SHIPPED, DELIVERED -> "SHIPPED";
            default -> "CLOSED";
        };
    }

    private String orderChanged(FlowContext ctx, Optional<Order> changed) {
        changed.ifPresent(order -> {
            ctx.variables.put("status", phrases.say("status." + order.status().name(), ctx.language));
            ctx.cards.add(new Reply.Card("order", OrderCards.of(order)));
        });
        return changed.isPresent() ? OK : "FAILED";
    }
}
