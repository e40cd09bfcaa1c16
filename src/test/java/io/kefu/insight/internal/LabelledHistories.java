package io.kefu.insight.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderStatus;

/**
 * Generated customer histories with a known outcome, for the evaluations: each case first draws
 * whether it ends in a dispute (and a 1–5 rating), then draws the signs a conversation shows from
 * distributions that differ by outcome but overlap (an angry customer who never disputes, a calm one
 * who does). The scorers never see the outcome; how well they recover it is the figure reported.
 * Seeded, so every run reports the same numbers.
 */
final class LabelledHistories {

    static final OffsetDateTime NOW = History.START.plusDays(60);
    private static final String[] EMOTIONS = { "anger", "disappointment", "anxiety", "confusion", "neutral", "satisfaction" };

    private LabelledHistories() {
    }

    /** One open conversation, the customer's recent other conversations, the order at stake, and the truth. */
    record Case(Transcript conversation, List<Transcript> history, List<Order> orders, boolean vip, boolean dispute, int rating) {
    }

    static List<Case> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean dispute = random.nextDouble() < 0.25;
            String customer = "cust-" + i;
            String orderId = "ORD-" + i;
            boolean delayed = random.nextDouble() < (dispute ? 0.35 : 0.10);
            boolean refused = !delayed && random.nextDouble() < (dispute ? 0.25 : 0.05);
            Order order = order(orderId, customer, delayed, refused);

            History conversation = History.of(customer, "zh", NOW.minusHours(2)).about(orderId);
            if (refused) {
                conversation.customer("我要退货退款", "refund_status", "neutral", 0.2, "steady");
            }
            String feeling = pick(random, dispute ? new double[] { 0.40, 0.25, 0.15, 0.05, 0.12, 0.03 }
                    : new double[] { 0.08, 0.10, 0.15, 0.15, 0.40, 0.12 });
            double intensity = dispute ? 0.4 + 0.6 * random.nextDouble() : 0.1 + 0.7 * random.nextDouble();
            boolean rising = random.nextDouble() < (dispute ? 0.5 : 0.15);
            conversation.customer("……", "complaint", feeling, intensity, rising ? "rising" : "steady");
            if (random.nextDouble() < (dispute ? 0.15 : 0.02)) {
                conversation.handedOver("high_risk");
            }
            else if (random.nextDouble() < 0.3) {
                conversation.handedOver("customer_request");
            }
            int repeats = pickIndex(random, dispute ? new double[] { 0.4, 0.3, 0.2, 0.1 } : new double[] { 0.8, 0.15, 0.05, 0 });
            List<Transcript> history = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                history.add(History.of(customer, "zh", NOW.minusDays(r + 1)).about(orderId).closed().transcript());
            }
            boolean vip = random.nextDouble() < 0.2;
            int rating = rating(random, dispute, feeling, intensity, rising);
            cases.add(new Case(conversation.rated(rating).transcript(), history, List.of(order), vip, dispute, rating));
        }
        return cases;
    }

    /** The customer's rating: how the conversation felt, worse when it is headed for a dispute, and noisy as real ratings are. */
    private static int rating(Random random, boolean dispute, String feeling, double intensity, boolean rising) {
        double mood = switch (feeling) {
            case "satisfaction" -> 1.0;
            case "neutral" -> 0.3;
            case "confusion" -> -0.2;
            case "anxiety" -> -0.5;
            case "disappointment" -> -0.8;
            default -> -1.0;
        };
        double latent = 3.4 + 1.3 * mood * (0.5 + intensity / 2) - (rising ? 0.4 : 0) - (dispute ? 0.6 : 0) + random.nextGaussian() * 0.7;
        return (int) Math.max(1, Math.min(5, Math.round(latent)));
    }

    private static Order order(String orderId, String customer, boolean delayed, boolean refused) {
        OffsetDateTime created = refused ? NOW.minusDays(40) : NOW.minusDays(delayed ? 12 : 3);
        OrderStatus status = refused ? OrderStatus.DELIVERED : OrderStatus.SHIPPED;
        OffsetDateTime shipped = created.plusDays(1);
        OffsetDateTime delivered = refused ? created.plusDays(3) : null;
        return new Order(orderId, customer, status, List.of(new Order.Item("SKU-1", 1, BigDecimal.TEN)), BigDecimal.TEN, created, created,
                shipped, delivered, null, new Order.Shipment("顺丰速运", "SF" + orderId, List.of()));
    }

    private static String pick(Random random, double[] weights) {
        return EMOTIONS[pickIndex(random, weights)];
    }

    private static int pickIndex(Random random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
