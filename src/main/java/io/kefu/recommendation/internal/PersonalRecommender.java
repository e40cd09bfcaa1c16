package io.kefu.recommendation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import io.kefu.commerce.CustomerDirectory;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.conversation.Consent;
import io.kefu.conversation.Consents;
import io.kefu.recommendation.CustomerRecommendations;
import io.kefu.recommendation.Recommendation;
import io.kefu.recommendation.RecommendationSettings;

/**
 * Ranks products for one customer from four sources at once: their conversations (asked about,
 * shown), their purchases (a product they buy again that is due), the catalogue's accessories and
 * refills of what they bought, and what other customers buy together with it. What they returned,
 * what they bought and is not due again, and what is out of stock never appear. Store best sellers
 * (by units sold) fill the list when the evidence runs out, except those of a kind the customer
 * already bought; they are all a shopper who turned personalisation off gets, the same for everyone:
 * for them nothing about the customer is read but whether they exist, their choice and the language
 * of their latest conversation.
 */
@Service
class PersonalRecommender implements CustomerRecommendations {

    // Weights of the evidence. What the customer asked about is the clearest sign of a wish; a product
    // due again is nearly as clear; an accessory naming their very product beats one fitting its kind;
    // a companion from others' orders counts by how often it came along (its confidence).
    private static final double RESTOCK = 1.0;
    private static final double ACCESSORY_SPECIFIC = 0.8;
    private static final double ACCESSORY_FOR_KIND = 0.4;
    private static final double BOUGHT_TOGETHER = 0.9;
    private static final double DAY_SECONDS = 24 * 3600.0;

    private final CustomerDirectory customers;
    private final OrderBook orders;
    private final ProductCatalog catalog;
    private final StoreSettingsService store;
    private final Consents consents;
    private final PurchasePatterns patterns;
    private final CatalogueLinks links;
    private final ConversationInterest interest;
    private final Reasons reasons;
    private final RecommendationReads reads;
    private final Clock clock;

    PersonalRecommender(CustomerDirectory customers, OrderBook orders, ProductCatalog catalog, StoreSettingsService store, Consents consents,
            PurchasePatterns patterns, CatalogueLinks links, ConversationInterest interest, Reasons reasons, RecommendationReads reads,
            ObjectProvider<Clock> clock) {
        this.customers = customers;
        this.orders = orders;
        this.catalog = catalog;
        this.store = store;
        this.consents = consents;
        this.patterns = patterns;
        this.links = links;
        this.interest = interest;
        this.reasons = reasons;
        this.reads = reads;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public Optional<List<Recommendation>> forCustomer(String customerId, String language, int limit, String staff) {
        if (customers.find(customerId).isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), store.current().zone());
        boolean personal = personalised(customerId);
        reads.record(customerId, staff, personal, now);
        ConversationInterest.Recent recent = personal ? interest.read(customerId, now) : interest.languageOnly(customerId, now);
        String lang = language != null ? language : recent.language() != null ? recent.language() : store.current().defaultLanguage();
        ProductCatalog.Snapshot catalogue = catalog.snapshot();
        Map<String, Product> products = catalogue.products().stream().collect(Collectors.toMap(Product::sku, Function.identity()));
        OrderStatistics statistics = patterns.current();
        List<Candidates.Candidate> ranked = new ArrayList<>();
        Set<String> excluded = new LinkedHashSet<>();
        Set<String> ownedKinds = new HashSet<>();
        if (personal) {
            PurchaseHistory history = new PurchaseHistory(orders.ofCustomer(customerId));
            products.keySet().stream().filter(sku -> history.excluded(sku, statistics, now)).forEach(excluded::add);
            history.bought().stream().map(products::get).filter(p -> p != null && p.category() != null).forEach(p -> ownedKinds.add(p.category()));
            ranked.addAll(evidence(history, recent, statistics, links.of(catalogue), products, now).ranked());
        }
        List<Recommendation> chosen = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Candidates.Candidate candidate : ranked) {
            offer(chosen, taken, excluded, products.get(candidate.sku()), candidate.reason(), lang, limit);
        }
        // a best seller of a kind the customer already bought from (another kettle) is no news to them
        Reasons.Reason bestSeller = Reasons.Reason.of(personal ? "bestSeller" : "bestSellerNotPersonal");
        for (String sku : statistics.bestSellers()) {
            Product product = products.get(sku);
            if (product != null && (product.category() == null || !ownedKinds.contains(product.category()))) {
                offer(chosen, taken, excluded, product, bestSeller, lang, limit);
            }
        }
        return Optional.of(List.copyOf(chosen));
    }

    private static Candidates evidence(PurchaseHistory history, ConversationInterest.Recent recent, OrderStatistics statistics,
            CatalogueRelations relations, Map<String, Product> products, OffsetDateTime now) {
        Candidates candidates = new Candidates();
        recent.interests().values().forEach(seen -> candidates.add(seen.sku(), seen.strength(),
                Reasons.Reason.of(seen.asked() ? "asked" : "shown")));
        for (String bought : history.bought()) {
            String name = products.containsKey(bought) ? products.get(bought).name() : bought;
            history.due(bought, statistics, now).ifPresent(due -> candidates.add(bought, RESTOCK,
                    Reasons.Reason.of("restock", days(due.since().toSeconds()), days(due.interval().toSeconds()))));
            for (CatalogueRelations.Complement complement : relations.complementsOf(bought)) {
                boolean refill = statistics.refillInterval(complement.sku()).isPresent();
                candidates.add(complement.sku(), complement.specific() ? ACCESSORY_SPECIFIC : ACCESSORY_FOR_KIND,
                        Reasons.Reason.of(refill ? "refill" : "accessory", name));
            }
            for (OrderStatistics.Association together : statistics.boughtWith(bought)) {
                candidates.add(together.sku(), BOUGHT_TOGETHER * together.confidence(), Reasons.Reason.of("coPurchase", name));
            }
        }
        return candidates;
    }

    private void offer(List<Recommendation> chosen, Set<String> taken, Set<String> excluded, Product product, Reasons.Reason reason,
            String language, int limit) {
        if (chosen.size() >= limit || product == null || !product.inStock() || excluded.contains(product.sku()) || !taken.add(product.sku())) {
            return;
        }
        chosen.add(new Recommendation(product.sku(), product.name(), product.price(), reasons.say(reason, language)));
    }

    /** The customer's latest choice about personalised recommendations; on until they turn it off. */
    private boolean personalised(String customerId) {
        return consents.of(customerId).stream().filter(consent -> Consent.PERSONALISED_RECOMMENDATIONS.equals(consent.name()))
            .reduce((earlier, later) -> later).map(Consent::granted).orElse(true);
    }

    private static long days(long seconds) {
        return Math.round(seconds / DAY_SECONDS);
    }
}
