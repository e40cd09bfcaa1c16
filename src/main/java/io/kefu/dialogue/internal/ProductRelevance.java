package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Product;
import io.kefu.nlu.Embeddings;

/**
 * How well each product's own text explains a shopper's request. Three signals, all from the
 * catalog itself: the words the request shares with the product (Chinese character pairs and
 * Latin words, each weighted by how rare it is in the catalog), the closeness of their sentence
 * vectors, which also connects "孕期" with "孕妇专用" and an English request with Chinese product
 * text, and the measures the request states of its user ("8个月", "7公斤", "20平") against the
 * ranges the product states ({@link Measures}): a range that holds the measure fits, one that
 * misses it rules the product out. The product texts' vectors, and those of each of their facts
 * (attribute and tag), are computed once per catalog version; the facts' vectors find the one
 * to cite as the reason when the request shares no word with the product.
 */
@Component
class ProductRelevance {

    /**
     * Chinese particles: a pair of characters with one ("的奶", "喝的") joins two words by grammar,
     * and would make products alike for words they do not share.
     */
    private static final String PARTICLES = "的了吗呢吧啊呀么嘛哦";
    private static final Pattern UNIT = Pattern.compile("\\p{IsHan}+|[a-z][a-z]+|\\d+(?:\\.\\d+)?");
    /** A product this close to the best one still fits the request. */
    private static final double CLOSE_TO_BEST = 0.85;
    /** A product explaining this share of the words the best one explains still fits the request. */
    static final double EXPLAINS_AS_MUCH = 0.7;
    /** What a range holding the request's measure adds to a product's score. */
    static final double MEASURE_HELD = 0.25;
    /** Within this much of the best sentence closeness a product the request shares no word with still fits. */
    static final double CLOSE_IN_MEANING = 0.02;
    static final double EXPLAINED_SHARE = 0.6;
    /** Standard deviations above the catalog's mean closeness at which a product stands out for a request. */
    static final double STANDS_OUT = 2.0;
    static final int EXPLAINING_UNITS = 2;

    private final Embeddings embeddings;
    private final AttributeLabels labels;
    private final AtomicReference<Index> index = new AtomicReference<>();

    ProductRelevance(Embeddings embeddings, AttributeLabels labels) {
        this.embeddings = embeddings;
        this.labels = labels;
    }

    /**
     * One product with its relevance, and the words of the request its text explained.
     *
     * @param standout how far its vector's closeness to the request stands out from the catalog's (standard deviations)
     * @param chinese  whether the request is written (partly) in Chinese
     */
    record Scored(Product product, double score, double lexical, double cosine, double standout, Set<String> matched,
            Measure measure, Fact nearest, boolean chinese) {

        /** Whether the product states a range of what the request measures, and none of them holds it. */
        boolean outOfRange() {
            return measure == Measure.MISSED;
        }
    }

    /** How the request's measures meet the product's ranges; HELD names the attribute whose range holds one. */
    record Measure(String heldBy) {
        static final Measure NONE = new Measure(null);
        static final Measure MISSED = new Measure(null);

        boolean held() {
            return heldBy != null;
        }
    }

    /** Every product, most relevant first; never null. */
    List<Scored> rank(String request, List<Product> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        Index catalog = index(products);
        Set<String> asked = units(Measures.without(request));
        List<Measures.Measure> measures = Measures.asked(request);
        boolean chinese = request.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        double askedWeight = asked.stream().filter(catalog.idf::containsKey).mapToDouble(catalog.idf::get).sum();
        float[] vector = embeddings.embed(request, "zh");
        double[] cosines = new double[products.size()];
        double mean = 0;
        for (int i = 0; i < products.size(); i++) {
            cosines[i] = dot(vector, catalog.vectors.get(i));
            mean += cosines[i] / products.size();
        }
        double variance = 0;
        for (double cosine : cosines) {
            variance += (cosine - mean) * (cosine - mean) / products.size();
        }
        double deviation = Math.sqrt(variance) + 1e-9;
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            Set<String> matched = new HashSet<>(asked);
            matched.retainAll(catalog.units.get(i));
            double lexical = askedWeight == 0 ? 0 : matched.stream().mapToDouble(catalog.idf::get).sum() / askedWeight;
            Measure measure = measure(products.get(i), measures);
            double score = (lexical + cosines[i]) / 2 + (measure.held() ? MEASURE_HELD : 0);
            scored.add(new Scored(products.get(i), score, lexical, cosines[i], (cosines[i] - mean) / deviation, matched, measure,
                    nearest(vector, catalog.facts.get(i)), chinese));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    /**
     * The range of the product that holds a measure of the request, MISSED when it states ranges of
     * that kind and none holds it, NONE when it states none.
     */
    private static Measure measure(Product product, List<Measures.Measure> asked) {
        if (asked.isEmpty()) {
            return Measure.NONE;
        }
        boolean stated = false;
        for (Map.Entry<String, Object> attribute : product.attributes().entrySet()) {
            Optional<Measures.Measure> range = Measures.offered(attribute.getKey(), attribute.getValue());
            for (Measures.Measure measure : asked) {
                if (range.isPresent() && range.get().dimension() == measure.dimension()) {
                    stated = true;
                    if (range.get().holds(measure)) {
                        return new Measure(attribute.getKey());
                    }
                }
            }
        }
        return stated ? Measure.MISSED : Measure.NONE;
    }

    /**
     * Whether the product fits the request about as well as the best one: not ruled out by a
     * measure, and explaining nearly as many of the request's words as the best (or, when no
     * product shares a word with it, about as close in meaning and standing out from the catalog).
     */
    boolean fits(List<Scored> ranked, Product product) {
        boolean anyHeld = ranked.stream().anyMatch(s -> s.measure().held());
        // a measure some product's range holds narrows the request to those products
        List<Scored> candidates = ranked.stream().filter(s -> anyHeld ? s.measure().held() : !s.outOfRange()).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        double bestScore = candidates.getFirst().score();
        double bestLexical = candidates.stream().mapToDouble(Scored::lexical).max().orElse(0);
        double bestCosine = candidates.stream().mapToDouble(Scored::cosine).max().orElse(0);
        // a Chinese request sharing no word with a Chinese catalog names what it lacks ("那吸奶器呢"); only a
        // request in another script ("a lipstick for my girlfriend") is left to closeness in meaning
        return candidates.stream().filter(s -> s.product() == product).anyMatch(s -> bestLexical == 0
                ? !s.chinese() && s.standout() >= STANDS_OUT && s.cosine() >= bestCosine - CLOSE_IN_MEANING
                : s.lexical() >= EXPLAINS_AS_MUCH * bestLexical && s.score() >= CLOSE_TO_BEST * bestScore);
    }

    /**
     * Whether one product's text explains most of what the message says that the catalog has words
     * for, by at least {@value #EXPLAINING_UNITS} of them ("油皮长痘想买个精华": 油皮, 精华), or a
     * product whose range holds the message's measure explains most of its words.
     */
    boolean explains(String message, List<Product> products) {
        List<Scored> ranked = rank(message, products);
        // "宝宝12斤用什么尿不湿": a measure some product's range holds, said with words of the catalog
        boolean measured = ranked.stream().anyMatch(s -> s.measure().held() && s.lexical() >= EXPLAINED_SHARE);
        return measured || !ranked.isEmpty() && ranked.getFirst().lexical() >= EXPLAINED_SHARE && ranked.getFirst().matched().size() >= EXPLAINING_UNITS;
    }

    /**
     * Whether the message uses a word of a product's name, category, brand or tags: it talks about
     * the store's goods, where a word shared with a description ("今天天气怎么样" and a jacket "for
     * cold weather") says nothing of the kind.
     */
    boolean namesTheGoods(String message, List<Product> products) {
        Set<String> names = index(products).nameUnits();
        return units(message.toLowerCase(Locale.ROOT)).stream().anyMatch(names::contains);
    }

    /**
     * Whether the request names anything the catalog could have: it shares words with some product,
     * states a measure some product's range holds, or means what one product stands out for.
     */
    boolean asksForSomething(List<Scored> ranked) {
        return ranked.stream().anyMatch(s -> s.lexical() > 0 || s.measure().held() || s.standout() >= STANDS_OUT);
    }

    /**
     * Why the product fits, in the reply's language: the attribute whose range holds the request's
     * measure, else the attribute value or tag that shares most of the request's words, else the
     * fact (attribute or tag) closest to the request in meaning; empty only for a product with no facts.
     */
    Optional<String> reason(List<Scored> ranked, Product product, String language) {
        Optional<Scored> scored = ranked.stream().filter(s -> s.product() == product).findFirst();
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        if (scored.get().measure().held()) {
            String key = scored.get().measure().heldBy();
            return Optional.of(labels.fact(key, product.attributes().get(key), language));
        }
        Set<String> matched = scored.get().matched();
        Fact best = null;
        int bestOverlap = 0;
        for (Fact fact : facts(product)) {
            int overlap = overlap(units(String.valueOf(fact.value()).toLowerCase(Locale.ROOT)), matched);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = fact;
            }
        }
        return Optional.ofNullable(best != null ? best : scored.get().nearest()).map(fact -> said(fact, language));
    }

    /** A product's facts a reason may cite: each attribute under its key, and each tag. */
    private static List<Fact> facts(Product product) {
        List<Fact> facts = new ArrayList<>();
        product.attributes().forEach((key, value) -> facts.add(new Fact(key, value, null)));
        product.tags().forEach(tag -> facts.add(new Fact(null, tag, null)));
        return facts;
    }

    private String said(Fact fact, String language) {
        return fact.key() == null ? String.valueOf(fact.value()) : labels.fact(fact.key(), fact.value(), language);
    }

    private static Fact nearest(float[] request, List<Fact> facts) {
        Fact nearest = null;
        double closest = Double.NEGATIVE_INFINITY;
        for (Fact fact : facts) {
            double closeness = dot(request, fact.vector());
            if (closeness > closest) {
                closest = closeness;
                nearest = fact;
            }
        }
        return nearest;
    }

    /** An attribute ({@code key} set) or a tag, with the vector of how it reads. */
    record Fact(String key, Object value, float[] vector) {
    }

    private static int overlap(Set<String> units, Set<String> matched) {
        int count = 0;
        for (String unit : units) {
            count += matched.contains(unit) ? 1 : 0;
        }
        return count;
    }

    private Index index(List<Product> products) {
        Index current = index.get();
        if (current != null && current.products == products) {
            return current;
        }
        List<Set<String>> units = new ArrayList<>();
        Set<String> nameUnits = new HashSet<>();
        List<String> texts = new ArrayList<>();
        Map<String, Integer> documents = new HashMap<>();
        for (Product product : products) {
            nameUnits.addAll(units(names(product).toLowerCase(Locale.ROOT)));
            String text = text(product);
            texts.add(text);
            Set<String> own = units(text.toLowerCase(Locale.ROOT));
            units.add(own);
            own.forEach(unit -> documents.merge(unit, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        documents.forEach((unit, df) -> idf.put(unit, Math.log(1 + (double) products.size() / df)));
        List<List<Fact>> facts = new ArrayList<>();
        List<String> factTexts = new ArrayList<>();
        for (Product product : products) {
            for (Fact fact : facts(product)) {
                factTexts.add(fact.key() == null ? String.valueOf(fact.value())
                        : labels.label(fact.key(), "zh") + " " + labels.label(fact.key(), "en") + "：" + fact.value());
            }
        }
        List<float[]> factVectors = embeddings.embedAll(factTexts, "zh");
        int next = 0;
        for (Product product : products) {
            List<Fact> own = new ArrayList<>();
            for (Fact fact : facts(product)) {
                own.add(new Fact(fact.key(), fact.value(), factVectors.get(next++)));
            }
            facts.add(own);
        }
        Index fresh = new Index(products, units, nameUnits, idf, embeddings.embedAll(texts, "zh"), facts);
        index.set(fresh);
        return fresh;
    }

    /** What the merchant calls the product: its name, category, brand and tags. */
    private static String names(Product p) {
        StringBuilder text = new StringBuilder(p.name());
        append(text, p.category());
        append(text, p.brand());
        p.tags().forEach(tag -> append(text, tag));
        return text.toString();
    }

    private String text(Product p) {
        StringBuilder text = new StringBuilder(names(p));
        // the key's own English words too: a glossary's Chinese label must not hide "tear free" from an English request
        p.attributes().forEach((key, value) -> append(text, labels.label(key, "zh") + " " + labels.label(key, "en") + " " + value));
        append(text, p.description());
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(' ').append(part);
        }
    }

    /** Chinese character pairs, Latin words and numbers. */
    static Set<String> units(String lower) {
        Set<String> units = new HashSet<>();
        Matcher m = UNIT.matcher(lower);
        while (m.find()) {
            String run = m.group();
            if (Character.UnicodeScript.of(run.codePointAt(0)) == Character.UnicodeScript.HAN) {
                for (int i = 0; i + 2 <= run.length(); i++) {
                    String pair = run.substring(i, i + 2);
                    if (pair.chars().noneMatch(c -> PARTICLES.indexOf(c) >= 0)) {
                        units.add(pair);
                    }
                }
            }
            else {
                units.add(run);
            }
        }
        return units;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** @param nameUnits the units of every product's {@link #names} */
    private record Index(List<Product> products, List<Set<String>> units, Set<String> nameUnits, Map<String, Double> idf, List<float[]> vectors,
            List<List<Fact>> facts) {
    }
}
