package io.kefu.insight.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderStatus;
import io.kefu.commerce.StoreSettings;
import io.kefu.conversation.AnalysedMessage;
import io.kefu.conversation.Message;
import io.kefu.emotion.EmotionReading;
import io.kefu.privacy.PiiMasker;

/**
 * Reviews what one agent wrote in one conversation, category by category, each finding pointing at
 * the message that shows it. Facts are checked against the store's records: amounts the agent
 * states against the prices of the conversation's orders and products, the state the agent gives
 * an order against its status, day counts promised for
 * returns against the store's return window. Greeting and empathy are recognised by the language
 * models (the injected predicates), not by phrase lists.
 */
final class QualityChecks {

    static final List<String> CATEGORIES = List.of("greeting", "empathy", "accuracy", "resolution", "responsiveness", "compliance");

    private static final Pattern AMOUNT = Pattern.compile("(?:¥|￥|RMB|CNY)\\s*(\\d+(?:\\.\\d{1,2})?)|(\\d+(?:\\.\\d{1,2})?)\\s*(?:元|块|yuan)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAYS = Pattern.compile("(\\d{1,3})\\s*(?:天|日|days?)", Pattern.CASE_INSENSITIVE);
    /** A masked run (138****5678): the agent typed a customer's personal data, which was masked only when stored. */
    private static final Pattern MASKED = Pattern.compile("\\*{4,}");

    private final StoreSettings store;
    private final Predicate<String> greets;
    private final Predicate<String> empathises;
    private final Predicate<String> aboutReturns;
    private final Duration slow;

    QualityChecks(StoreSettings store, Predicate<String> greets, Predicate<String> empathises, Predicate<String> aboutReturns, Duration slow) {
        this.store = store;
        this.greets = greets;
        this.empathises = empathises;
        this.aboutReturns = aboutReturns;
        this.slow = slow;
    }

    /**
     * What an agent may say of an order's state, and the states it is true of. Negative phrases come
     * first and are taken out of the text before the positive ones are looked for ("还没发货" is no "发货").
     */
    private static final List<Map.Entry<Pattern, Set<OrderStatus>>> STATUS_PHRASES = List.of(
            Map.entry(Pattern.compile("(还没|尚未|未|没有)发货|not (?:yet )?(?:been )?shipped|hasn't shipped|has not shipped", Pattern.CASE_INSENSITIVE),
                    EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.CANCELLED)),
            Map.entry(Pattern.compile("已(经)?签收|已(经)?送达|(?:was|been|is) delivered", Pattern.CASE_INSENSITIVE),
                    EnumSet.of(OrderStatus.DELIVERED, OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED, OrderStatus.REFUNDED)),
            Map.entry(Pattern.compile("已(经)?发货|(?:has|was|been) shipped", Pattern.CASE_INSENSITIVE),
                    EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED, OrderStatus.REFUNDED)),
            Map.entry(Pattern.compile("已(经)?退款|(?:has|was|been) refunded", Pattern.CASE_INSENSITIVE), EnumSet.of(OrderStatus.REFUNDED)));

    /**
     * Findings about {@code agent}'s messages; {@code prices} are the amounts the store's records know
     * for this conversation, {@code orders} its orders (an order's state is checked when it is the
     * only one, or the agent names it).
     */
    List<Finding> review(Transcript conversation, String agent, Set<BigDecimal> prices, List<Order> orders, boolean cameBack) {
        List<Message> said = conversation.messages().stream().filter(m -> "agent".equals(m.role()) && !m.internal() && agent.equals(m.author()))
            .toList();
        List<Finding> findings = new ArrayList<>();
        if (said.isEmpty()) {
            return findings;
        }
        if (!greets.test(said.getFirst().text())) {
            findings.add(new Finding("greeting", said.getFirst().id(), "first reply does not greet the customer"));
        }
        empathy(conversation, said, findings);
        for (Message message : said) {
            accuracy(message, prices, findings);
            status(message, orders, findings);
            compliance(message, findings);
        }
        responsiveness(conversation, agent, findings);
        if (cameBack || conversation.rating() != null && conversation.rating() <= 2) {
            findings.add(new Finding("resolution", said.getLast().id(),
                    cameBack ? "the customer came back about the same matter" : "rated " + conversation.rating() + "/5"));
        }
        return findings;
    }

    /** Each upset customer message needs an acknowledgement somewhere in the agent's answer to it (before the customer's next message). */
    private void empathy(Transcript conversation, List<Message> said, List<Finding> findings) {
        List<AnalysedMessage> customer = conversation.analysed();
        for (int i = 0; i < customer.size(); i++) {
            AnalysedMessage upset = customer.get(i);
            var emotion = upset.analysis() == null ? null : upset.analysis().emotion();
            if (emotion == null || !new EmotionReading(emotion.label(), emotion.intensity(), emotion.trend()).isNegative()) {
                continue;
            }
            java.time.OffsetDateTime since = upset.message().time();
            java.time.OffsetDateTime until = i + 1 < customer.size() ? customer.get(i + 1).message().time() : null;
            List<Message> answer = said.stream().filter(m -> !m.time().isBefore(since) && (until == null || m.time().isBefore(until))).toList();
            if (!answer.isEmpty() && answer.stream().noneMatch(m -> empathises.test(m.text()))) {
                findings.add(new Finding("empathy", answer.getFirst().id(), "no acknowledgement of the customer's " + emotion.label()));
            }
        }
    }

    private void accuracy(Message message, Set<BigDecimal> prices, List<Finding> findings) {
        if (prices.isEmpty()) {
            return;
        }
        Matcher amounts = AMOUNT.matcher(message.text());
        while (amounts.find()) {
            BigDecimal amount = new BigDecimal(amounts.group(1) != null ? amounts.group(1) : amounts.group(2));
            if (prices.stream().noneMatch(p -> p.compareTo(amount) == 0)) {
                findings.add(new Finding("accuracy", message.id(), "states " + amount + ", the store's records say "
                        + prices.stream().map(BigDecimal::toPlainString).sorted().collect(Collectors.joining(", "))));
            }
        }
    }

    private static void status(Message message, List<Order> orders, List<Finding> findings) {
        List<Order> meant = orders.size() == 1 ? orders : orders.stream().filter(o -> message.text().contains(o.orderId())).toList();
        if (meant.size() != 1) {
            return;
        }
        Order order = meant.getFirst();
        String rest = message.text();
        for (Map.Entry<Pattern, Set<OrderStatus>> phrase : STATUS_PHRASES) {
            Matcher said = phrase.getKey().matcher(rest);
            if (said.find() && !phrase.getValue().contains(order.status())) {
                findings.add(new Finding("accuracy", message.id(),
                        "says \"" + said.group() + "\" of order " + order.orderId() + ", which the store's records have as " + order.status()));
            }
            rest = said.replaceAll(" ");
        }
    }

    private void compliance(Message message, List<Finding> findings) {
        if (PiiMasker.holdsPii(message.text()) || MASKED.matcher(message.text()).find()) {
            findings.add(new Finding("compliance", message.id(), "personal data written in the conversation"));
        }
        if (aboutReturns.test(message.text())) {
            Matcher days = DAYS.matcher(message.text());
            while (days.find()) {
                int promised = Integer.parseInt(days.group(1));
                if (promised > store.returnWindowDays()) {
                    findings.add(new Finding("compliance", message.id(),
                            "promises " + promised + " days for returns; the store's policy allows " + store.returnWindowDays()));
                }
            }
        }
    }

    /**
     * Time from the first unanswered customer message to the agent's answer; while the customer
     * waited in the queue the clock starts when the agent joined (the system message saying so).
     */
    private void responsiveness(Transcript conversation, String agent, List<Finding> findings) {
        java.time.OffsetDateTime waitingSince = null;
        for (Message message : conversation.messages()) {
            if ("agent".equals(message.role()) && !message.internal()) {
                if (agent.equals(message.author()) && waitingSince != null && Duration.between(waitingSince, message.time()).compareTo(slow) > 0) {
                    findings.add(new Finding("responsiveness", message.id(),
                            "answered after " + Duration.between(waitingSince, message.time()).toSeconds() + " s"));
                }
                waitingSince = null;
            }
            else if ("customer".equals(message.role()) && waitingSince == null) {
                waitingSince = message.time();
            }
            else if ("system".equals(message.role()) && waitingSince != null) {
                waitingSince = message.time();
            }
        }
    }

    /** One finding; {@code messageId} is the evidence. */
    record Finding(String category, String messageId, String note) {
    }
}
