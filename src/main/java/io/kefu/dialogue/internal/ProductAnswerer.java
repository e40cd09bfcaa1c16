package io.kefu.dialogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.dialogue.Reply;

/**
 * Product questions and searches answered from the live catalog. A question is about the product
 * the message names, the variant it picks out of the product last talked about ("那100ml的呢", "the
 * red one"), or that product itself ("它保质期多久"); it is answered with the attributes asked for,
 * under the merchant's own keys, or with the whole product. A search ranks the products that meet
 * every constraint; the product finder handles needs said in words.
 */
@Component
class ProductAnswerer implements Answerer {

    private static final Pattern STOCK = Pattern.compile("有货|有没有货|库存|现货|缺货|断货|还有吗|\\bin stock\\b|\\bavailable\\b|sold out");

    private final ProductCatalog catalog;
    private final ProductFinder finder;
    private final AttributeLabels labels;
    private final Phrases phrases;
    private final io.kefu.nlu.Embeddings embeddings;
    private final Recommendations recommendations;
    private final ProductComparison comparison;
    private final OrderBook orders;

    /** Standard deviations above the product's other attributes at which one is taken for the one asked about. */
    static final double ATTRIBUTE_STANDS_OUT = 1.8;

    ProductAnswerer(ProductCatalog catalog, ProductFinder finder, AttributeLabels labels, Phrases phrases, io.kefu.nlu.Embeddings embeddings,
            Recommendations recommendations, ProductComparison comparison, OrderBook orders) {
        this.orders = orders;
        this.comparison = comparison;
        this.embeddings = embeddings;
        this.recommendations = recommendations;
        this.catalog = catalog;
        this.finder = finder;
        this.labels = labels;
        this.phrases = phrases;
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public Answer answer(Ask ask) {
        return recommendations.explained(answerUnexplained(ask), ask);
    }

    private Answer answerUnexplained(Ask ask) {
        List<Product> products = catalog.snapshot().products();
        Optional<Answer> compared = comparison.compare(ask, products);
        if (compared.isPresent()) {
            return compared.get();
        }
        Optional<Product> talkedAbout = talkedAbout(ask, products);
        if (talkedAbout.isPresent() && ProductLines.asksForAnotherVariant(ask.text())) {
            List<Product> others = ProductLines.others(talkedAbout.get(), ProductLines.lineOf(talkedAbout.get(), products), ask.text());
            if (!others.isEmpty()) {
                return others.size() == 1 ? describe(others.getFirst(), ask, products) : variants(others, ask.language(), "product.otherVariant");
            }
        }
        boolean search = "product_search".equals(ask.intent()) || "recommendation".equals(ask.intent());
        boolean oneNamed = ask.entities().containsKey("sku");
        if (search && finder.asksForWhatIsNotSold(ask.text())) {
            // "你们卖皮划艇吗 想买个双人的": the thing asked for is sold nowhere, whatever product a detail of it ("双人") names
            return finder.notSold(ask);
        }
        if (search && !oneNamed) {
            // "沐光面霜50ml的多少钱": a search that names one variant of the products it names is a question about it
            List<Product> candidates = ProductMentions.skus(ask.entities()).stream().flatMap(sku -> find(sku, products).stream()).toList();
            Optional<Product> variant = candidates.size() > 1 ? ProductLines.named(ask.text(), candidates, null) : Optional.empty();
            return variant.isPresent() ? describe(variant.get(), ask, products) : finder.find(ask);
        }
        Optional<Product> product = productMeant(ask, products);
        if (product.isPresent()) {
            return describe(product.get(), ask, products);
        }
        List<Product> line = namedLine(ask, products);
        if (line.size() > 1) {
            // "宝宝八个月喝哪段奶粉": a measure of the user picks among the line's variants
            return Measures.asked(ask.text()).isEmpty() ? variants(line, ask.language(), "product.variants") : finder.find(ask);
        }
        return finder.find(ask);
    }

    /** How a message goes on about the product talked about, if it does. */
    enum FollowUp { NONE, IT, DETAIL }

    /**
     * Whether the message asks about the product it names or the one talked about: DETAIL when it
     * names one of its variants by its own words ("那100ml的呢", "the red one") or asks one of its
     * attributes, its price or its stock; IT when it only says "它" / "this one".
     */
    FollowUp followsUp(Ask ask) {
        List<Product> products = catalog.snapshot().products();
        Optional<Product> current = namedOrTalkedAbout(ask, products);
        if (current.isEmpty()) {
            return FollowUp.NONE;
        }
        String question = ask.reading().toLowerCase(Locale.ROOT);
        boolean detail = asksAFact(current.get(), question) || ProductLines.asksForAnotherVariant(question)
                || ProductComparison.asksToCompare(question) && ProductMentions.skus(ask.entities()).size() <= 1
                || ProductLines.named(ask.text(), ProductLines.lineOf(current.get(), products), current.get()).isPresent();
        return detail ? FollowUp.DETAIL : Referents.meansIt(ask.text()) ? FollowUp.IT : FollowUp.NONE;
    }

    /**
     * The message without the catalog's names it uses (the category, brand and product names its
     * entities found): what it asks of them. Null when it names none.
     */
    String withoutNames(String text, Map<String, Object> entities) {
        List<String> names = new ArrayList<>();
        if (entities.get("category") instanceof String category) {
            names.add(category);
        }
        if (entities.get("brand") instanceof String brand) {
            names.add(brand);
        }
        List<Product> products = catalog.snapshot().products();
        ProductMentions.skus(entities).forEach(sku -> find(sku, products).ifPresent(product -> names.add(product.name())));
        String rest = text;
        for (String name : names) {
            rest = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(rest).replaceAll(" ");
        }
        return rest.equals(text) ? null : rest.strip();
    }

    /** Whether the message asks the price, the stock or an attribute of the product it names or the one talked about. */
    boolean asksAFact(Ask ask) {
        return namedOrTalkedAbout(ask, catalog.snapshot().products()).map(product -> asksAFact(product, ask.reading().toLowerCase(Locale.ROOT)))
            .orElse(false);
    }

    private Optional<Product> namedOrTalkedAbout(Ask ask, List<Product> products) {
        String named = (String) ask.entities().get("sku");
        return named != null ? find(named, products) : talkedAbout(ask, products);
    }

    private boolean asksAFact(Product product, String question) {
        return STOCK.matcher(question).find() || asksPriceOrAttribute(product, question);
    }

    /**
     * Whether the message asks the price or an attribute of the product it names or the one talked
     * about; unlike "还有吗", which asks as much after a promotion as after stock.
     */
    boolean asksPriceOrAttribute(Ask ask) {
        return namedOrTalkedAbout(ask, catalog.snapshot().products())
            .map(product -> asksPriceOrAttribute(product, ask.reading().toLowerCase(Locale.ROOT))).orElse(false);
    }

    private boolean asksPriceOrAttribute(Product product, String question) {
        return RequestWords.asksPrice(question) || product.attributes().keySet().stream().anyMatch(key -> labels.askedFor(key, question) > 0);
    }

    /**
     * How strongly a question about the product asks for each of its attributes: by the words of its
     * key, and by the words of its value the question says beyond the product's name ("它得预留多宽的柜子" for an
     * installation value "需预留 600mm 宽橱柜位"). Only to choose among the product's facts: words
     * of a value ("宝宝") do not make a message a question about the product.
     */
    private Map<String, Integer> askedStrengths(Product product, String question) {
        Set<String> said = ProductRelevance.units(question);
        said.removeAll(ProductRelevance.units(product.name().toLowerCase(Locale.ROOT)));
        Map<String, Integer> strengths = new LinkedHashMap<>();
        product.attributes().forEach((key, value) -> {
            Set<String> repeated = ProductRelevance.units(String.valueOf(value).toLowerCase(Locale.ROOT));
            repeated.retainAll(said);
            strengths.put(key, labels.askedFor(key, question) + 2 * repeated.size());
        });
        return strengths;
    }

    /**
     * The product the message is about: named, the one of a kind named that the message's words single
     * out from the one talked about, a variant of the one talked about, or that one.
     */
    Optional<Product> productMeant(Ask ask, List<Product> products) {
        List<String> named = ProductMentions.skus(ask.entities());
        Optional<Product> current = talkedAbout(ask, products);
        if (!named.isEmpty()) {
            Optional<Product> first = find(named.getFirst(), products);
            if (named.size() == 1 || ask.entities().containsKey("sku")) {
                return first;
            }
            List<Product> candidates = named.stream().flatMap(sku -> find(sku, products).stream()).toList();
            // "那100g的呢" names several products alike: that size of the line talked about, which may be the one itself
            Optional<Product> ofCurrentLine = current.flatMap(c -> ProductLines.named(ask.text(), ProductLines.lineOf(c, products), null));
            if (ofCurrentLine.isPresent()) {
                return ofCurrentLine;
            }
            return first.flatMap(p -> ProductLines.named(ask.text(), candidates, null)).or(() -> bestNamed(candidates, ask.text()));
        }
        List<Product> narrowed = narrowed(ask.entities(), products);
        if (narrowed.size() == 1) {
            return Optional.of(narrowed.getFirst());
        }
        // "那春节礼盒会打折吗" after the mid-autumn box: of the kind named, the one the message's own words single out
        // instead of the one talked about (a first request of a kind, "适合送礼的茶", still asks to see them)
        Optional<Product> singledOut = current.isPresent() && narrowed.size() > 1 ? ProductLines.ofKind(ask.text(), narrowed) : Optional.empty();
        if (singledOut.isPresent()) {
            return singledOut;
        }
        if (current.isEmpty() || !narrowed.isEmpty() && !narrowed.contains(current.get())) {
            return Optional.empty();
        }
        Optional<Product> variant = ProductLines.named(ask.text(), ProductLines.lineOf(current.get(), products), current.get());
        return variant.isPresent() ? variant : current;
    }

    /**
     * The product last talked about; else, when the order talked about holds one product only, that
     * product ("is the 44 in stock?" after asking to exchange the boots of that order).
     */
    private Optional<Product> talkedAbout(Ask ask, List<Product> products) {
        if (ask.memory().sku() != null) {
            return find(ask.memory().sku(), products);
        }
        if (ask.memory().orderId() == null || ask.customerId() == null) {
            return Optional.empty();
        }
        List<String> skus = orders.findForCustomer(ask.memory().orderId(), ask.customerId()).map(order -> order.items().stream()
            .map(Order.Item::sku).distinct().toList()).orElse(List.of());
        return skus.size() == 1 ? find(skus.getFirst(), products) : Optional.empty();
    }

    /** The products a brand or category named narrows to, with the attribute values named ("启元2段"); empty when none is named. */
    private static List<Product> narrowed(Map<String, Object> entities, List<Product> products) {
        if (!entities.containsKey("brand") && !entities.containsKey("category")) {
            return List.of();
        }
        ProductFinder.Constraints named = ProductFinder.Constraints.of(entities);
        return products.stream().filter(named::allMet).toList();
    }

    /** Several variants named by their line only ("绯语口红有哪些颜色"): the line. */
    private List<Product> namedLine(Ask ask, List<Product> products) {
        List<Product> named = ProductMentions.skus(ask.entities()).stream().flatMap(sku -> find(sku, products).stream()).toList();
        if (named.isEmpty()) {
            named = narrowed(ask.entities(), products);
        }
        if (named.size() < 2) {
            return List.of();
        }
        List<Product> line = ProductLines.lineOf(named.getFirst(), products);
        return named.stream().allMatch(line::contains) ? line : List.of();
    }

    /** Among products whose names were all used, the one whose name the message covers most, then the shortest. */
    private static Optional<Product> bestNamed(List<Product> candidates, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return candidates.stream().max(Comparator.comparingLong((Product p) -> p.name().toLowerCase(Locale.ROOT).codePoints()
            .filter(c -> !Character.isWhitespace(c) && lower.indexOf(c) >= 0).count()).thenComparing(p -> -p.name().length()));
    }

    private Answer describe(Product product, Ask ask, List<Product> products) {
        String language = ask.language();
        String question = ask.reading().toLowerCase(Locale.ROOT);
        Map<String, Integer> strengths = askedStrengths(product, question);
        List<String> askedKeys = strengths.keySet().stream()
            .filter(key -> strengths.get(key) > 0)
            .sorted(Comparator.comparingInt((String key) -> -strengths.get(key)))
            .limit(2).toList();
        boolean pinpointed = !askedKeys.isEmpty() || RequestWords.asksPrice(question) || STOCK.matcher(question).find();
        if (!pinpointed) {
            askedKeys = closestAttribute(product, ask.text(), language).stream().toList();
        }
        List<String> asked = new ArrayList<>();
        askedKeys.forEach(key -> asked.add(labels.fact(key, product.attributes().get(key), language)));
        String text;
        if (asked.isEmpty() && !RequestWords.asksPrice(question) && !STOCK.matcher(question).find()) {
            text = phrases.say("product.details", language, details(product, language));
        }
        else {
            String facts = String.join(language.equals("en") ? "; " : "；", asked);
            text = phrases.say("product.focused", language, Map.of("name", product.name(), "facts", facts.isEmpty() ? "" : facts + (language.equals("en") ? ". " : "。"),
                    "price", price(product), "stock", stock(product, language)));
        }
        List<Product> line = ProductLines.lineOf(product, products);
        List<String> otherVariants = line.size() > 1 ? line.stream().filter(p -> !p.sku().equals(product.sku()))
            .map(p -> ProductLines.distinction(p, line)).filter(d -> !d.isBlank()).toList() : List.of();
        if (!otherVariants.isEmpty()) {
            text += phrases.say("product.otherVariants", language, Map.of("variants", String.join(" / ", otherVariants)));
        }
        Reply reply = new Reply(text, List.of(), List.of(new Reply.Source("product", product.sku())),
                List.of(new Reply.Card("product", card(product))));
        UnaryOperator<DialogueState> remember = state -> state.remember(state.memory().withDescribed(product.sku()));
        // an attribute only guessed from the sentence's meaning answers less surely than one asked by name
        return pinpointed ? Answer.specific(reply, remember) : Answer.browsing(reply, remember);
    }

    /**
     * The attribute a question asks about in words none of the attribute's own ("它用多少度的水泡" for
     * {@code 冲泡温度}): the one whose label and value the question's sentence vector comes clearly
     * closest to, standing out from the product's other attributes; empty when none does.
     */
    private Optional<String> closestAttribute(Product product, String question, String language) {
        List<String> keys = List.copyOf(product.attributes().keySet());
        if (keys.size() < 2) {
            return Optional.empty();
        }
        float[] asked = embeddings.embed(question, "zh");
        List<float[]> described = embeddings.embedAll(keys.stream()
            .map(key -> labels.label(key, "zh") + " " + labels.label(key, "en") + ": " + product.attributes().get(key)).toList(), "zh");
        double[] closeness = new double[keys.size()];
        double mean = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (int d = 0; d < asked.length; d++) {
                closeness[i] += asked[d] * described.get(i)[d];
            }
            mean += closeness[i] / keys.size();
        }
        int best = 0;
        double variance = 0;
        for (int i = 0; i < keys.size(); i++) {
            variance += (closeness[i] - mean) * (closeness[i] - mean) / keys.size();
            best = closeness[i] > closeness[best] ? i : best;
        }
        double standout = (closeness[best] - mean) / (Math.sqrt(variance) + 1e-9);
        return standout >= ATTRIBUTE_STANDS_OUT ? Optional.of(keys.get(best)) : Optional.empty();
    }

    private Answer variants(List<Product> line, String language, String phrase) {
        List<String> items = new ArrayList<>();
        for (Product variant : line) {
            items.add(variant.name() + " ¥" + price(variant) + "（" + stock(variant, language) + "）");
        }
        String joined = String.join(language.equals("en") ? "; " : "；", items);
        Reply reply = new Reply(phrases.say(phrase, language, Map.of("list", joined)), line.stream().map(Product::name).toList(),
                line.stream().map(p -> new Reply.Source("product", p.sku())).toList(),
                line.stream().map(p -> new Reply.Card("product", card(p))).toList());
        List<String> skus = line.stream().map(Product::sku).toList();
        return Answer.specific(reply, state -> state.remember(state.memory().withListing(skus, state.memory().search())
            .withProduct(skus.getFirst())));
    }

    private Map<String, Object> details(Product p, String language) {
        List<String> attributes = new ArrayList<>();
        p.attributes().forEach((key, value) -> attributes.add(labels.fact(key, value, language)));
        return Map.of("name", p.name(), "price", price(p), "stock", stock(p, language),
                "attributes", String.join(language.equals("en") ? "; " : "；", attributes), "description", p.description() == null ? "" : p.description());
    }

    private String stock(Product p, String language) {
        return p.inStock() ? phrases.say("product.inStock", language) : phrases.say("product.outOfStock", language);
    }

    static String price(Product p) {
        return p.price().stripTrailingZeros().toPlainString();
    }

    static Optional<Product> find(String sku, List<Product> products) {
        return products.stream().filter(p -> p.sku().equals(sku)).findFirst();
    }

    static Map<String, Object> card(Product p) {
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

    static BigDecimal decimal(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }
}
