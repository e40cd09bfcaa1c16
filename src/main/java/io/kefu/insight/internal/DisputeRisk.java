package io.kefu.insight.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.kefu.commerce.CustomerDirectory;
import io.kefu.commerce.Order;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.IntentCatalogue;

/**
 * The open conversations, and the open orders customers lately wrote about, most likely to turn
 * into a dispute (API §5 {@code at-risk}), scored by {@link RiskScoring}. For a supervisor's
 * attention only: the score is never read to refuse, delay or change anyone's service.
 */
@Component
class DisputeRisk {

    static final Duration HISTORY = Duration.ofDays(30);
    private static final int LIMIT = 100;

    private final Transcripts transcripts;
    private final OrderFacts facts;
    private final CustomerDirectory customers;
    private final StoreSettingsService store;
    private final IntentCatalogue catalogue;
    private final InsightClock clock;

    DisputeRisk(Transcripts transcripts, OrderFacts facts, CustomerDirectory customers, StoreSettingsService store, IntentCatalogue catalogue,
            InsightClock clock) {
        this.transcripts = transcripts;
        this.facts = facts;
        this.customers = customers;
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Highest risk first; only what shows at least one sign of trouble. Never null. */
    List<AtRisk> atRisk() {
        OffsetDateTime now = clock.now();
        RiskScoring scoring = new RiskScoring(catalogue, store.current(), now);
        List<Transcript> recent = transcripts.startedIn(now.minus(HISTORY), now.plusMinutes(1));
        Map<String, List<Transcript>> byCustomer = recent.stream().filter(t -> t.customerId() != null)
            .collect(Collectors.groupingBy(Transcript::customerId));
        List<AtRisk> found = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Transcript open : transcripts.open()) {
            List<Order> orders = facts.ordersOf(open);
            orders.forEach(order -> covered.add(order.orderId()));
            List<Transcript> history = open.customerId() == null ? List.of() : byCustomer.getOrDefault(open.customerId(), List.of());
            RiskScoring.Assessment assessment = scoring.assess(open, history, orders, vip(open.customerId()));
            found.add(AtRisk.of(open.id(), orders.isEmpty() ? null : orders.getFirst().orderId(), open.customerId(), assessment));
        }
        for (Map.Entry<String, List<Transcript>> customer : byCustomer.entrySet()) {
            customer.getValue().stream().flatMap(t -> facts.ordersOf(t).stream()).filter(o -> o.status().isOpen())
                .filter(o -> covered.add(o.orderId()))
                .forEach(order -> found.add(AtRisk.of(null, order.orderId(), customer.getKey(),
                        scoring.assess(null, customer.getValue(), List.of(order), vip(customer.getKey())))));
        }
        return found.stream().filter(r -> r.score() > 0).sorted(Comparator.comparingDouble(AtRisk::score).reversed()).limit(LIMIT).toList();
    }

    private boolean vip(String customerId) {
        return customerId != null && customers.find(customerId).map(c -> Boolean.TRUE.equals(c.vip())).orElse(false);
    }

    /** One entry of API §5 {@code at-risk}: {@code reasons} are codes, strongest first; {@code details} say why each applies. */
    record AtRisk(String conversationId, String orderId, String customerId, double score, List<String> reasons,
            List<RiskScoring.Reason> details) {

        static AtRisk of(String conversationId, String orderId, String customerId, RiskScoring.Assessment assessment) {
            return new AtRisk(conversationId, orderId, customerId, assessment.score(),
                    assessment.reasons().stream().map(RiskScoring.Reason::code).distinct().toList(), assessment.reasons());
        }
    }
}
