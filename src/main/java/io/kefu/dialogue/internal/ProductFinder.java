package io.kefu.dialogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.dialogue.Reply;

/**
 * Finds products for what a shopper wants: hard constraints (price range, brand, category,
 * attribute values) filter, and the words of the request rank what is left by how well the
 * products' own text (name, category, tags, attribute values, description) explains them
 * ({@link ProductRelevance}). Each suggestion says why it fits. A follow-up refines the last search
 * ("那蓝色的呢", "the cheaper one"); a request that nothing in the catalog fits gets an honest no
 * with what the store does sell.
 */
@Component
class ProductFinder {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProductFinder.class);

    static final int SHOWN = 3;
    private static final String SHOWN_CHEAPEST = "shownCheapest";
    private static final Pattern CHEAPER = Pattern.compile("便宜|实惠|划算|cheaper|less expensive|lower price|budget");

    private final ProductCatalog catalog;
    private final ProductRelevance relevance;
    private final Phrases phrases;

    ProductFinder(ProductCatalog catalog, ProductRelevance relevance, Phrases phrases) {
        this.catalog = catalog;
        this.relevance = relevance;
        this.phrases = phrases;
    }

    /** "还有更便宜的吗", "a cheaper one". */
    static boolean asksCheaper(String text) {
        return CHEAPER.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether the catalog's own words explain the message well: it asks for products even if the intent model did not say so. */
    boolean explains(String text) {
        return relevance.explains(text, catalog.snapshot().products());
    }

    /** "你们卖皮划艇吗": whether the message asks if the store sells a thing that is no word of any product. */
    boolean asksForWhatIsNotSold(String text) {
        return asksForWhatIsNotSold(text, catalog.snapshot().products());
    }

    private static boolean asksForWhatIsNotSold(String text, List<Product> products) {
        return RequestWords.askedForHead(text).map(head -> products.stream().noneMatch(p -> mentions(p, head))).orElse(false);
    }

    /** The honest no to a request for a thing no product is called, whatever details of it ("要降噪的") name. */
    Answer notSold(Ask ask) {
        return notSold(catalog.snapshot().products(), ask);
    }

    /** Whether the message uses a word of a product's name, category, brand or tags (not only of a description). */
    boolean namesTheGoods(String text) {
        return relevance.namesTheGoods(text, catalog.snapshot().products());
    }

    Answer find(Ask ask) {
        Map<String, Object> wanted = refine(ask.entities(), ask.text(), previousSearch(ask.memory()));
        Constraints constraints = Constraints.of(wanted);
        List<Product> products = catalog.snapshot().products();
        boolean followUp = wanted != ask.entities();
        if (constraints.isEmpty() && !followUp && asksForWhatIsNotSold(ask.text(), products)) {
            // "你们卖婴儿床吗": what is asked for is no word of any product, however much else ("婴儿") the words share
            return notSold(products, ask);
        }
        List<ProductRelevance.Scored> ranked = relevance.rank(withoutPrices(ask.text(), ask.entities()), products);
        if (log.isDebugEnabled()) {
            log.debug("Products for \"{}\": {}", ask.text(), ranked.stream().limit(5).map(s -> String.format("%s lex %.2f cos %.3f sd %.1f %s",
                    s.product().sku(), s.lexical(), s.cosine(), s.standout(), s.measure().held() ? "held" : s.outOfRange() ? "missed" : "")).toList());
        }
        List<ProductRelevance.Scored> allowed = ranked.stream().filter(s -> constraints.isEmpty() || constraints.allMet(s.product())).toList();
        // the request's own words narrow what its constraints allow, unless they say nothing more ("200以内的", "那蓝色的呢")
        boolean narrows = !followUp && relevance.asksForSomething(allowed);
        List<Product> fitting = allowed.stream().map(ProductRelevance.Scored::product)
            .filter(p -> narrows ? relevance.fits(allowed, p) : !constraints.isEmpty())
            .sorted(Comparator.comparing((Product p) -> !p.inStock()))
            .limit(SHOWN).toList();
        if (!fitting.isEmpty()) {
            return listing("product.found", fitting, ranked, ask, wanted);
        }
        if (constraints.isEmpty() && !followUp && RequestWords.namesSomething(ask.text())) {
            // "we don't sell X" claims X was asked for: a vague reading of words no product has is no such request
            return readAsProductRequest(ask) ? notSold(products, ask) : Answer.NONE;
        }
        if (constraints.isEmpty()) {
            return Answer.generic(Reply.of(phrases.say("product.askConstraints", ask.language()), List.of()));
        }
        // the fewest constraints missed, then what the request's words say (a purple "teapot": the teapots), then the cheapest
        Map<Product, Double> scores = new java.util.IdentityHashMap<>();
        ranked.forEach(s -> scores.put(s.product(), s.score()));
        List<Product> nearest = products.stream().filter(Product::inStock).sorted(Comparator.comparingInt(constraints::unmet)
            .thenComparing(p -> -scores.getOrDefault(p, 0.0)).thenComparing(Product::price)).limit(SHOWN).toList();
        return nearest.isEmpty() ? Answer.generic(Reply.of(phrases.say("product.noneAtAll", ask.language()), List.of()))
                : listing("product.nearest", nearest, ranked, ask, wanted);
    }

    /**
     * The intent model itself read the message as this request, as surely as the router takes a
     * change of topic, or the message asks the last question again of another thing ("那吸奶器呢").
     */
    private static boolean readAsProductRequest(Ask ask) {
        var understood = ask.turn().understanding();
        return understood.intent().equals(ask.intent()) && understood.confidence() >= TurnRouter.SWITCH_TOPIC_ABOVE
                || Referents.leavesOutTheQuestion(ask.text());
    }

    /** The request without the amounts of its price range: "200以内" asks for no product whose text says 200. */
    private static String withoutPrices(String text, Map<String, Object> entities) {
        List<Object> amounts = new ArrayList<>();
        amounts.add(entities.get("money"));
        if (entities.get("priceRange") instanceof Map<?, ?> range) {
            amounts.add(range.get("min"));
            amounts.add(range.get("max"));
        }
        String rest = text;
        for (Object amount : amounts) {
            BigDecimal number = ProductAnswerer.decimal(amount);
            if (number != null) {
                rest = rest.replaceAll("(?<![\\d.])" + Pattern.quote(number.stripTrailingZeros().toPlainString()) + "(?![\\d.])", " ");
            }
        }
        return rest;
    }

    private static boolean mentions(Product product, String word) {
        String text = (product.name() + " " + product.category() + " " + product.tags() + " " + product.description() + " "
                + product.attributes().values()).toLowerCase(Locale.ROOT);
        return text.contains(word);
    }

    /** "你们卖轮胎吗": nothing fits; say so, and what the store sells instead. The next "那吸奶器呢" asks the same of another thing. */
    private Answer notSold(List<Product> products, Ask ask) {
        String language = ask.language();
        List<String> categories = products.stream().map(Product::category).filter(c -> c != null && !c.isBlank()).distinct().limit(8).toList();
        String sold = String.join(language.equals("en") ? ", " : "、", categories);
        // naming the thing makes the answer about this request: the same words twice would read as the bot failing
        String text = RequestWords.thing(ask.text()).map(thing -> phrases.say("product.notSoldThing", language, Map.of("thing", thing, "categories", sold)))
            .orElseGet(() -> phrases.say("product.notSold", language, Map.of("categories", sold)));
        return Answer.absence(Reply.of(text, List.of()),
                state -> state.remember(state.memory().withListing(List.of(), Map.of())));
    }

    /**
     * The constraints of a request that may refer back to the previous search: "那蓝色的呢" adds to
     * the previous constraints, "便宜点的" looks below the cheapest shown. Returns the message's own
     * entities when it is no follow-up.
     */
    /** The last search, or, after a product was described, a search of its category below its price. */
    private Map<String, Object> previousSearch(DialogueState.Memory memory) {
        if (memory.search() != null || memory.sku() == null) {
            return memory.search();
        }
        return find(memory.sku(), catalog.snapshot().products()).map(p -> {
            Map<String, Object> around = new LinkedHashMap<>();
            if (p.category() != null) {
                around.put("category", p.category());
            }
            around.put(SHOWN_CHEAPEST, p.price());
            return around;
        }).orElse(null);
    }

    private static Map<String, Object> refine(Map<String, Object> entities, String text, Map<String, Object> previous) {
        boolean namesNewThing = entities.containsKey("category") || entities.containsKey("brand") || entities.containsKey("products");
        boolean cheaper = CHEAPER.matcher(text.toLowerCase(Locale.ROOT)).find();
        if (previous == null || previous.isEmpty() || namesNewThing || !cheaper && !entities.containsKey("attributes")) {
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
        if (cheaper) {
            BigDecimal cheapestShown = ProductAnswerer.decimal(previous.get(SHOWN_CHEAPEST));
            Map<String, Object> range = new LinkedHashMap<>();
            if (cheapestShown != null) {
                range.put("max", cheapestShown.subtract(BigDecimal.ONE));
            }
            merged.put("priceRange", range);
        }
        return merged;
    }

    private Answer listing(String key, List<Product> shown, List<ProductRelevance.Scored> ranked, Ask ask, Map<String, Object> wanted) {
        String language = ask.language();
        List<String> lines = new ArrayList<>();
        List<Reply.Card> cards = new ArrayList<>();
        for (Product p : shown) {
            Optional<String> specific = relevance.reason(ranked, p, language);
            specific.ifPresentOrElse(r -> lines.add(p.name() + " ¥" + ProductAnswerer.price(p) + (language.equals("en") ? " (" + r + ")" : "（" + r + "）")),
                    () -> lines.add(p.name() + " ¥" + ProductAnswerer.price(p)));
            // every suggestion says why it is shown: its own matching fact, else how it relates to the request
            String reason = specific.orElseGet(() -> phrases.say(key + ".reason", language));
            cards.add(new Reply.Card("product", ProductAnswerer.card(p), reason));
        }
        String list = String.join(language.equals("en") ? "; " : "；", lines);
        Reply reply = new Reply(phrases.say(key, language, Map.of("list", list)), shown.stream().map(Product::name).toList(),
                shown.stream().map(p -> new Reply.Source("product", p.sku())).toList(), cards);
        Map<String, Object> context = new LinkedHashMap<>();
        for (String k : List.of("priceRange", "brand", "category", "attributes")) {
            if (wanted.containsKey(k)) {
                context.put(k, wanted.get(k));
            }
        }
        shown.stream().map(Product::price).min(Comparator.naturalOrder()).ifPresent(cheapest -> context.put(SHOWN_CHEAPEST, cheapest));
        List<String> skus = shown.stream().map(Product::sku).toList();
        return Answer.browsing(reply, state -> state.remember(state.memory().withListing(skus, context)));
    }

    /**
     * These products, in stock first and one of each line ("沐光玻尿酸保湿面霜" names three sizes, one
     * thing), listed for the request with the reason each fits it; empty when none is in the catalog.
     */
    Optional<Answer> listed(List<String> skus, Ask ask) {
        List<Product> products = catalog.snapshot().products();
        List<Product> inStockFirst = skus.stream().flatMap(sku -> products.stream().filter(p -> p.sku().equals(sku)))
            .sorted(Comparator.comparing((Product p) -> !p.inStock())).toList();
        List<Product> named = new ArrayList<>();
        for (Product product : inStockFirst) {
            if (named.size() < SHOWN && named.stream().noneMatch(shown -> shown == product || ProductLines.sameLine(shown, product))) {
                named.add(product);
            }
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(listing("product.found", named, relevance.rank(ask.text(), products), ask, ask.entities()));
    }

    /** The constraints a shopper named; each is checked against a product's fields and attributes. */
    record Constraints(BigDecimal min, BigDecimal max, String brand, String category, Map<String, Object> attributes) {

        /** How far from a budget said as "500左右" / "around 500" a price may be. */
        static final BigDecimal AROUND = new BigDecimal("0.25");

        static Constraints of(Map<String, Object> entities) {
            BigDecimal min = null;
            BigDecimal max = null;
            if (entities.get("priceRange") instanceof Map<?, ?> range) {
                min = ProductAnswerer.decimal(range.get("min"));
                max = ProductAnswerer.decimal(range.get("max"));
            }
            else if (ProductAnswerer.decimal(entities.get("money")) instanceof BigDecimal budget) {
                // a sum named in a request for products is the budget: about that much
                min = budget.multiply(BigDecimal.ONE.subtract(AROUND));
                max = budget.multiply(BigDecimal.ONE.add(AROUND));
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (entities.get("attributes") instanceof Map<?, ?> wanted) {
                wanted.forEach((k, v) -> attributes.put(String.valueOf(k), v));
            }
            return new Constraints(min, max, (String) entities.get("brand"), (String) entities.get("category"), attributes);
        }

        boolean isEmpty() {
            return min == null && max == null && brand == null && category == null && attributes.isEmpty();
        }

        boolean allMet(Product p) {
            return unmet(p) == 0;
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
    }

    static Optional<Product> find(String sku, List<Product> products) {
        return ProductAnswerer.find(sku, products);
    }
}
