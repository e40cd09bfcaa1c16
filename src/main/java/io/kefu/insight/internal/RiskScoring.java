package io.kefu.insight.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.kefu.commerce.AfterSalesPolicy;
import io.kefu.commerce.Order;
import io.kefu.commerce.OrderStatus;
import io.kefu.commerce.StoreSettings;
import io.kefu.conversation.AnalysedMessage;
import io.kefu.conversation.TurnResult;
import io.kefu.dialogue.IntentCatalogue;

/**
 * How likely a conversation or order is to become a dispute (a complaint to the platform, a
 * chargeback, a bad review), 0..1, with its reasons. Each sign of trouble is a probability of its
 * own that it alone leads to a dispute, and the signs combine as independent causes (noisy-OR:
 * {@code 1 − Π(1 − wᵢ·sᵢ)}), so every reason adds and none can push the score past 1. The weights
 * are stated priors, not fitted to one store; the evaluation on labelled histories measures how well
 * they rank (README). The score only orders a supervisor's attention: nothing reads it to refuse
 * or delay service.
 */
final class RiskScoring {

    /** Weights: the chance that the sign alone, at full strength, ends in a dispute. */
    static final double NEGATIVE_EMOTION = 0.45;
    static final double EMOTION_RISING = 0.25;
    static final double HIGH_RISK_WORDS = 0.6;
    static final double REPEAT_CONTACT = 0.5;
    static final double DELIVERY_DELAY = 0.35;
    static final double REFUND_REFUSED = 0.45;
    static final double VIP = 0.15;

    /** Shipping promised within a few days is late after these; beyond them a parcel is overdue. */
    static final Duration SHIPPING_DUE = Duration.ofDays(3);
    static final Duration DELIVERY_DUE = Duration.ofDays(5);

    private final IntentCatalogue catalogue;
    private final StoreSettings store;
    private final OffsetDateTime now;

    RiskScoring(IntentCatalogue catalogue, StoreSettings store, OffsetDateTime now) {
        this.catalogue = catalogue;
        this.store = store;
        this.now = now;
    }

    /**
     * @param conversation the open conversation, or null for an order alone
     * @param history      the customer's other recent conversations
     * @param orders       the orders at stake (named in the conversation, or the order alone)
     */
    Assessment assess(Transcript conversation, List<Transcript> history, List<Order> orders, boolean vip) {
        List<Reason> reasons = new ArrayList<>();
        if (conversation != null) {
            emotion(conversation, reasons);
            if (conversation.handoffReasons().contains("high_risk")) {
                reasons.add(new Reason("high_risk_words", HIGH_RISK_WORDS, 1.0, "the customer told of harm, fraud or legal action"));
            }
        }
        long repeats = history.stream().filter(other -> conversation == null || !other.id().equals(conversation.id()))
            .filter(other -> orders.stream().anyMatch(o -> other.orderIds().contains(o.orderId()))
                    || conversation != null && !Collections.disjoint(other.matters(catalogue), conversation.matters(catalogue)))
            .count();
        if (repeats > 0) {
            reasons.add(new Reason("repeat_contact", REPEAT_CONTACT, Math.min(1.0, repeats / 2.0),
                    repeats + " other recent conversation(s) about the same order or matter"));
        }
        for (Order order : orders) {
            delay(order).ifPresent(reasons::add);
            if (conversation != null && askedAfterSales(conversation) && refused(order)) {
                reasons.add(new Reason("refund_refused", REFUND_REFUSED, 1.0, "after-sales asked for order " + order.orderId()
                        + ", which the store's policy no longer allows"));
            }
        }
        if (vip) {
            reasons.add(new Reason("vip", VIP, 1.0, "VIP customer"));
        }
        double keptCalm = 1.0;
        for (Reason reason : reasons) {
            keptCalm *= 1.0 - reason.weight() * reason.strength();
        }
        List<Reason> strongestFirst = reasons.stream()
            .sorted(java.util.Comparator.comparingDouble((Reason r) -> r.weight() * r.strength()).reversed()).toList();
        return new Assessment(Math.round((1.0 - keptCalm) * 1000) / 1000.0, strongestFirst);
    }

    private void emotion(Transcript conversation, List<Reason> reasons) {
        List<TurnResult.Emotion> feelings = conversation.analysed().stream().map(AnalysedMessage::analysis)
            .filter(a -> a != null && a.emotion() != null).map(TurnResult.Analysis::emotion).toList();
        if (feelings.isEmpty()) {
            return;
        }
        TurnResult.Emotion last = feelings.getLast();
        double negative = -Math.min(0, SatisfactionPrediction.valence(last));
        if (negative > 0) {
            reasons.add(new Reason("negative_emotion", NEGATIVE_EMOTION, negative, last.label() + " " + last.intensity()));
            if ("rising".equals(last.trend())) {
                reasons.add(new Reason("emotion_rising", EMOTION_RISING, 1.0, "negative feeling rising over the conversation"));
            }
        }
    }

    private java.util.Optional<Reason> delay(Order order) {
        if (order.status() == OrderStatus.PAID && order.paidAt() != null && order.paidAt().plus(SHIPPING_DUE).isBefore(now)) {
            long days = Duration.between(order.paidAt(), now).toDays();
            return java.util.Optional.of(new Reason("delivery_delay", DELIVERY_DELAY, Math.min(1.0, days / 7.0),
                    "order " + order.orderId() + " paid " + days + " days ago, not shipped"));
        }
        if (order.status() == OrderStatus.SHIPPED && order.shippedAt() != null && order.shippedAt().plus(DELIVERY_DUE).isBefore(now)) {
            long days = Duration.between(order.shippedAt(), now).toDays();
            return java.util.Optional.of(new Reason("delivery_delay", DELIVERY_DELAY, Math.min(1.0, days / 10.0),
                    "order " + order.orderId() + " shipped " + days + " days ago, not delivered"));
        }
        return java.util.Optional.empty();
    }

    private boolean askedAfterSales(Transcript conversation) {
        return conversation.intents().stream().anyMatch(i -> catalogue.find(i).map(intent -> "aftersales".equals(intent.skill())).orElse(false));
    }

    private boolean refused(Order order) {
        String why = AfterSalesPolicy.afterSales(order, AfterSalesPolicy.Kind.RETURN, store, now).reason();
        return "WINDOW_PASSED".equals(why) || "CLOSED".equals(why);
    }

    /** @param strength how strongly the sign shows, 0..1 */
    record Reason(String code, double weight, double strength, String detail) {
    }

    record Assessment(double score, List<Reason> reasons) {
    }
}
