package io.kefu.outreach.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.OrderStatus;
import io.kefu.outreach.Rule;

/**
 * How the proactive messages sent in a period did: sent, replied (the customer wrote in that
 * conversation within a day) and converted — what each rule is for came about afterwards:
 * <ul>
 * <li>unpaid order: the order was paid after the reminder;</li>
 * <li>stalled shipment: the parcel was delivered and kept (no return, refund or cancellation), so
 * the stall did not turn into a dispute;</li>
 * <li>service recovery: the customer ordered again after the coupon.</li>
 * </ul>
 */
@Component
class ProactiveReport {

    private final SentMessages sent;
    private final OrderBook orders;

    ProactiveReport(SentMessages sent, OrderBook orders) {
        this.sent = sent;
        this.orders = orders;
    }

    record Figures(String rule, long sent, long replied, long converted) {
    }

    record Report(OffsetDateTime from, OffsetDateTime to, long sent, long replied, long converted, BigDecimal couponValue,
            List<Figures> rules) {
    }

    Report between(OffsetDateTime from, OffsetDateTime to) {
        List<SentMessages.Sent> messages = sent.between(from, to);
        List<Figures> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            List<SentMessages.Sent> ofRule = messages.stream().filter(m -> m.rule() == rule).toList();
            rules.add(new Figures(rule.wire(), ofRule.size(), ofRule.stream().filter(m -> m.repliedAt() != null).count(),
                    ofRule.stream().filter(this::converted).count()));
        }
        BigDecimal coupons = messages.stream().map(SentMessages.Sent::couponValue).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Report(from, to, sum(rules, Figures::sent), sum(rules, Figures::replied), sum(rules, Figures::converted), coupons, rules);
    }

    private boolean converted(SentMessages.Sent message) {
        return switch (message.rule()) {
            case UNPAID_ORDER -> orders.find(message.orderId())
                .filter(order -> order.paidAt() != null && !order.paidAt().isBefore(message.sentAt()) && order.status() != OrderStatus.CANCELLED)
                .isPresent();
            case STALLED_SHIPMENT -> orders.find(message.orderId()).filter(order -> order.status() == OrderStatus.DELIVERED).isPresent();
            case SERVICE_RECOVERY -> orders.ofCustomer(message.customerId()).stream().map(Order::createdAt)
                .anyMatch(created -> created.isAfter(message.sentAt()));
        };
    }

    private static long sum(List<Figures> rules, java.util.function.ToLongFunction<Figures> figure) {
        return rules.stream().mapToLong(figure).sum();
    }
}
