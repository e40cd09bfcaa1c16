package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.knowledge.KnowledgeBase;
import io.kefu.llm.Fact;

/**
 * The store facts retrieved for a question a language model may answer: the nearest FAQ entries
 * (however unsure the FAQ match was), the products the catalog's own words and vectors relate to it,
 * and the policy settings. The same retrieval the bot answers with, so the model knows no more.
 */
@Component
class StoreFacts {

    private static final int ENTRIES = 3;
    private static final int PRODUCTS = 3;
    private static final int DESCRIPTION = 300;

    private final KnowledgeBase knowledge;
    private final ProductCatalog catalog;
    private final ProductRelevance relevance;
    private final StoreSettingsService settings;

    StoreFacts(KnowledgeBase knowledge, ProductCatalog catalog, ProductRelevance relevance, StoreSettingsService settings) {
        this.knowledge = knowledge;
        this.catalog = catalog;
        this.relevance = relevance;
        this.settings = settings;
    }

    /** Never null; policy facts are always there. */
    List<Fact> about(String question, String language) {
        List<Fact> facts = new ArrayList<>();
        knowledge.nearest(question, language, ENTRIES)
            .forEach(entry -> facts.add(new Fact("knowledge", entry.source(), "Q: " + entry.question() + " A: " + entry.answer())));
        relevance.rank(question, catalog.snapshot().products()).stream()
            .filter(scored -> scored.lexical() > 0 || scored.standout() >= ProductRelevance.STANDS_OUT).limit(PRODUCTS)
            .forEach(scored -> facts.add(new Fact("product", scored.product().sku(), described(scored.product(), settings.current()))));
        facts.addAll(policy(settings.current()));
        return facts;
    }

    private static String described(Product product, StoreSettings store) {
        String attributes = product.attributes().entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining(", "));
        String description = product.description() == null ? "" : product.description();
        String kind = Stream.of(product.brand(), product.category()).filter(v -> v != null && !v.isBlank())
            .map(v -> ", " + v).collect(Collectors.joining());
        return product.name() + " (SKU " + product.sku() + kind + "): price "
                + product.price().toPlainString() + " " + store.currency() + ", " + (product.inStock() ? "in stock" : "out of stock")
                + (attributes.isEmpty() ? "" : ", " + attributes) + ". "
                + description.substring(0, Math.min(DESCRIPTION, description.length()));
    }

    private static List<Fact> policy(StoreSettings store) {
        return List.of(new Fact("policy", "returnWindowDays", "Returns within " + store.returnWindowDays() + " days of delivery."),
                new Fact("policy", "exchangeWindowDays", "Exchanges within " + store.exchangeWindowDays() + " days of delivery."),
                new Fact("policy", "priceProtectionDays", "Price protection for " + store.priceProtectionDays() + " days after purchase."),
                new Fact("policy", "freeShippingThreshold",
                        "Free shipping from " + store.freeShippingThreshold().toPlainString() + " " + store.currency() + "."),
                new Fact("policy", "businessHours", "Human agents work " + store.businessHours().open() + "-" + store.businessHours().close()
                        + " (" + store.businessHours().timezone() + ")."));
    }
}
