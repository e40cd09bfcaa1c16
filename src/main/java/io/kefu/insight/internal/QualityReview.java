package io.kefu.insight.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.conversation.Message;
import io.kefu.dialogue.IntentCatalogue;
import io.kefu.insight.InsightSettings;

/**
 * Automatic quality review of every conversation an agent served (API §5 {@code quality}): per
 * conversation and agent a 0–100 score over six categories, with the findings that cost points and
 * the message each points at. A finding a supervisor disputed stays listed, marked disputed, and
 * costs nothing.
 */
@Component
class QualityReview {

    /** What one undisputed finding costs its category; two empty it. */
    static final int PENALTY = 50;

    private final Transcripts transcripts;
    private final OrderFacts facts;
    private final AgentLanguage language;
    private final QualityDisputes disputes;
    private final StoreSettingsService store;
    private final IntentCatalogue catalogue;
    private final InsightSettings settings;

    QualityReview(Transcripts transcripts, OrderFacts facts, AgentLanguage language, QualityDisputes disputes, StoreSettingsService store,
            IntentCatalogue catalogue, InsightSettings settings) {
        this.transcripts = transcripts;
        this.facts = facts;
        this.language = language;
        this.disputes = disputes;
        this.store = store;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** Reviews of the conversations started in {@code [from, to)}, of one agent or all; never null. */
    List<Review> review(OffsetDateTime from, OffsetDateTime to, String agent) {
        Duration window = Duration.ofDays(settings.durableDays());
        List<Transcript> later = transcripts.startedIn(from, to.plus(window));
        QualityChecks checks = new QualityChecks(store.current(), language::greets, language::empathises, language::aboutReturns,
                Duration.ofSeconds(settings.responseSeconds()));
        DurableResolution durable = new DurableResolution(catalogue, window);
        Map<String, String> disputed = disputes.notes();
        List<Review> reviews = new ArrayList<>();
        for (Transcript conversation : later) {
            if (conversation.startedAt().isBefore(from) || !conversation.startedAt().isBefore(to)) {
                continue;
            }
            for (String author : agents(conversation)) {
                if (agent == null || agent.isBlank() || agent.equals(author)) {
                    List<Order> orders = facts.ordersOf(conversation);
                    List<QualityChecks.Finding> findings = checks.review(conversation, author, prices(orders), orders,
                            durable.cameBack(conversation, later));
                    reviews.add(scored(conversation.id(), author, findings, disputed));
                }
            }
        }
        return reviews;
    }

    static Review scored(String conversationId, String agent, List<QualityChecks.Finding> findings, Map<String, String> disputed) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        QualityChecks.CATEGORIES.forEach(category -> categories.put(category, 100));
        List<Finding> shown = new ArrayList<>();
        for (QualityChecks.Finding finding : findings) {
            String id = findingId(conversationId, agent, finding);
            String note = disputed.get(id);
            if (note == null) {
                categories.merge(finding.category(), -PENALTY, (score, penalty) -> Math.max(0, score + penalty));
            }
            shown.add(new Finding(id, finding.category(), finding.messageId(), finding.note(), note != null, note));
        }
        int score = (int) Math.round(categories.values().stream().mapToInt(Integer::intValue).average().orElse(100));
        return new Review(conversationId, agent, score, categories, shown);
    }

    static String findingId(String conversationId, String agent, QualityChecks.Finding finding) {
        String key = conversationId + '|' + agent + '|' + finding.messageId() + '|' + finding.category() + '|' + finding.note();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Set<String> agents(Transcript conversation) {
        Set<String> agents = new LinkedHashSet<>();
        conversation.messages().stream().filter(m -> "agent".equals(m.role()) && !m.internal() && m.author() != null).map(Message::author)
            .forEach(agents::add);
        return agents;
    }

    /** Every amount the store's records give for this conversation: unit prices, totals, today's prices of its products. */
    private Set<BigDecimal> prices(List<Order> orders) {
        Set<BigDecimal> prices = new HashSet<>();
        for (Order order : orders) {
            prices.add(order.total());
            order.items().forEach(item -> {
                prices.add(item.unitPrice());
                facts.product(item.sku()).ifPresent(product -> prices.add(product.price()));
            });
        }
        return prices;
    }

    /** One review of API §5 {@code quality}. */
    record Review(String conversationId, String agent, int score, Map<String, Integer> categories, List<Finding> findings) {
    }

    /** A finding as shown: disputed ones carry the supervisor's note and cost nothing. */
    record Finding(String id, String category, String messageId, String note, boolean disputed, String disputeNote) {
    }
}
