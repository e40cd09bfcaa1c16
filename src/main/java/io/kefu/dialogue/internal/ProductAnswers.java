package io.kefu.dialogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.dialogue.Reply;

/**
 * Product questions and searches answered from the live catalog: a product's attributes and
 * description, or the products that meet every constraint (price range, brand, category,
 * attributes) ranked by how well they fit — or the nearest ones, saying what differs.
 */
@Component
class ProductAnswers {

    private static final int SHOWN = 3;
    private static final String SHOWN_CHEAPEST = "shownCheapest";
    private static final java.util.regex.Pattern CHEAPER = java.util.regex.Pattern.compile("便宜|实惠|cheaper|less expensive|lower price");

    private final ProductCatalog catalog;
    private final Phrases phrases;

    ProductAnswers(ProductCatalog catalog, Phrases phrases) {
        this.catalog = catalog;
        this.phrases = phrases;
    }

    Reply question(Map<String, Object> entities, String text, String language) {
        Optional<Product> product = Optional.ofNullable((String) entities.get("sku")).or(() -> bestNamed(entities, text))
            .flatMap(catalog::find);
        if (product.isEmpty()) {
            return search(entities, language);
        }
        Product p = product.get();
        String attributes = p.attributes().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
            .reduce((a, b) -> a + (language.equals("en") ? ", " : "，") + b).orElse("");
        Map<String, Object> vars = Map.of("name", p.name(), "price", p.price().stripTrailingZeros().toPlainString(),
                "stock", p.inStock() ? phrases.say("product.inStock", language) : phrases.say("product.outOfStock", language),
                "attributes", attributes, "description", p.description() == null ? "" : p.description());
        return new Reply(phrases.say("product.details", language, vars), List.of(),
                List.of(new Reply.Source("product", p.sku())), List.of(new Reply.Card("product", card(p))));
    }

    /** Among several products the message could mean, the one whose name shares most of its words. */
    private Optional<String> bestNamed(Map<String, Object> entities, String text) {
        if (!(entities.get("products") instanceof List<?> candidates) || candidates.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}\\p{IsPunctuation}]+"));
        return candidates.stream().map(String::valueOf).flatMap(sku -> catalog.find(sku).stream())
            .max(Comparator.comparingLong((Product p) -> words.stream().filter(w -> !w.isEmpty())
                .filter(p.name().toLowerCase(Locale.ROOT)::contains).count()).thenComparing(p -> -p.name().length()))
            .map(Product::sku);
    }

    /**
     * The constraints of a search that may refer back to the previous one: "那蓝色的呢" / "what about blue" adds to the
     * previous constraints, "便宜点的" / "the cheaper one" looks below the cheapest shown.
     */
    Map<String, Object> refine(Map<String, Object> entities, String text, Map<String, Object> previous) {
        if (previous == null || previous.isEmpty()) {
            return entities;
        }
        Map<String, Object> merged = new LinkedHashMap<>(previous);
        if (entities.get("attributes") instanceof Map<?, ?> added && previous.get("attributes") instanceof Map<?, ?> before) {
            Map<Object, Object> attributes = new LinkedHashMap<>(before);
            attributes.putAll(added);
            merged.put("attributes", attributes);
        }
        entities.forEach((key, value) -> {
            if (!"attributes".equals(key) || !merged.containsKey("attributes")) {
                merged.put(key, value);
            }
        });
        if (CHEAPER.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            BigDecimal cheapestShown = Constraints.of(previous).cheapestShown();
            Map<String, Object> range = new LinkedHashMap<>();
            if (cheapestShown != null) {
                range.put("max", cheapestShown.subtract(BigDecimal.ONE));
            }
            merged.put("priceRange", range);
        }
        return merged;
    }

    /** Whether the message asks for something cheaper than what was shown. */
    static boolean asksCheaper(String text) {
        return CHEAPER.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The constraints of a search, to remember for the next follow-up, with the cheapest price shown. */
    Map<String, Object> context(Map<String, Object> entities, Reply reply) {
        Map<String, Object> context = new LinkedHashMap<>();
        for (String key : List.of("priceRange", "brand", "category", "attributes")) {
            if (entities.containsKey(key)) {
                context.put(key, entities.get(key));
            }
        }
        reply.cards().stream().map(card -> card.data().get("price")).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast)
            .min(Comparator.naturalOrder()).ifPresent(cheapest -> context.put(SHOWN_CHEAPEST, cheapest));
        return context;
    }

    Reply search(Map<String, Object> entities, String language) {
        Constraints wanted = Constraints.of(entities);
        List<Product> products = catalog.snapshot().products();
        List<Product> matching = products.stream().filter(wanted::allMet).filter(Product::inStock)
            .sorted(Comparator.comparing(Product::price)).limit(SHOWN).toList();
        if (!matching.isEmpty()) {
            return listing("product.found", matching, language);
        }
        if (wanted.isEmpty()) {
            return Reply.of(phrases.say("product.askConstraints", language), List.of());
        }
        List<Product> nearest = products.stream().filter(Product::inStock).sorted(Comparator.comparingInt(wanted::unmet)
            .thenComparing(Product::price)).limit(SHOWN).toList();
        return nearest.isEmpty() ? Reply.of(phrases.say("product.noneAtAll", language), List.of()) : listing("product.nearest", nearest, language);
    }

    private Reply listing(String key, List<Product> products, String language) {
        List<String> lines = new ArrayList<>();
        for (Product p : products) {
            lines.add(p.name() + " ¥" + p.price().stripTrailingZeros().toPlainString());
        }
        String list = String.join(language.equals("en") ? "; " : "；", lines);
        return new Reply(phrases.say(key, language, Map.of("list", list)), products.stream().map(Product::name).toList(),
                products.stream().map(p -> new Reply.Source("product", p.sku())).toList(),
                products.stream().map(p -> new Reply.Card("product", card(p))).toList());
    }

    private static Map<String, Object> card(Product p) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("sku", p.sku());
        card.put("name", p.name());
        card.put("price", p.price());
        card.put("stock", p.stock());
        card.put("brand", p.brand());
        card.put("category", p.category());
        card.put("attributes", p.attributes());
        return card;
    }

    /** The constraints a shopper named; each is checked against a product's fields and attributes. */
    record Constraints(BigDecimal min, BigDecimal max, String brand, String category, Map<String, Object> attributes,
            BigDecimal cheapestShown) {

        static Constraints of(Map<String, Object> entities) {
            BigDecimal min = null;
            BigDecimal max = null;
            if (entities.get("priceRange") instanceof Map<?, ?> range) {
                min = decimal(range.get("min"));
                max = decimal(range.get("max"));
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (entities.get("attributes") instanceof Map<?, ?> wanted) {
                wanted.forEach((k, v) -> attributes.put(String.valueOf(k), v));
            }
            return new Constraints(min, max, (String) entities.get("brand"), (String) entities.get("category"), attributes,
                    decimal(entities.get(SHOWN_CHEAPEST)));
        }

        boolean isEmpty() {
            return min == null && max == null && brand == null && category == null && attributes.isEmpty();
        }

        boolean allMet(Product p) {
            return !isEmpty() && unmet(p) == 0;
        }

        int unmet(Product p) {
            int unmet = 0;
            if (min != null && p.price().compareTo(min) < 0 || max != null && p.price().compareTo(max) > 0) {
                unmet++;
            }
            if (brand != null && !brand.equalsIgnoreCase(p.brand())) {
                unmet++;
            }
            if (category != null && !category.equalsIgnoreCase(p.category())) {
                unmet++;
            }
            for (Map.Entry<String, Object> wanted : attributes.entrySet()) {
                if (!has(p, wanted.getKey(), wanted.getValue())) {
                    unmet++;
                }
            }
            return unmet;
        }

        private static boolean has(Product p, String key, Object wanted) {
            Object actual = p.attributes().get(key);
            if (actual == null) {
                String text = (p.name() + " " + p.description() + " " + p.tags()).toLowerCase(Locale.ROOT);
                return wanted instanceof String s && text.contains(s.toLowerCase(Locale.ROOT));
            }
            if (Boolean.TRUE.equals(wanted)) {
                return !"false".equalsIgnoreCase(String.valueOf(actual)) && !"no".equalsIgnoreCase(String.valueOf(actual));
            }
            return String.valueOf(actual).toLowerCase(Locale.ROOT).contains(String.valueOf(wanted).toLowerCase(Locale.ROOT));
        }

        private static BigDecimal decimal(Object value) {
            return value instanceof Number n ? new BigDecimal(n.toString()) : null;
        }
    }
}
