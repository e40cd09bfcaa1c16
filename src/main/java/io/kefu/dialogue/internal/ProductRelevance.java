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
 * How well each product's own text explains a shopper's request. Two signals, both from the
 * catalog itself: the words the request shares with the product (Chinese character pairs and
 * Latin words, each weighted by how rare it is in the catalog), and the closeness of their
 * sentence vectors, which also connects "孕期" with "孕妇专用" and an English request with Chinese
 * product text. The product texts' vectors are computed once per catalog version.
 */
@Component
class ProductRelevance {

    private static final Pattern UNIT = Pattern.compile("\\p{IsHan}+|[a-z][a-z]+|\\d+(?:\\.\\d+)?");
    /** A product this close to the best one still fits the request. */
    private static final double CLOSE_TO_BEST = 0.85;
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
     */
    record Scored(Product product, double score, double lexical, double cosine, double standout, Set<String> matched) {
    }

    /** Every product, most relevant first; never null. */
    List<Scored> rank(String request, List<Product> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        Index catalog = index(products);
        Set<String> asked = units(request.toLowerCase(Locale.ROOT));
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
            scored.add(new Scored(products.get(i), (lexical + cosines[i]) / 2, lexical, cosines[i], (cosines[i] - mean) / deviation, matched));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    /** Whether the product fits the request about as well as the best one, and the best explains some of it. */
    boolean fits(List<Scored> ranked, Product product) {
        if (ranked.isEmpty() || ranked.getFirst().lexical() == 0) {
            return false;
        }
        double best = ranked.getFirst().score();
        return ranked.stream().filter(s -> s.product() == product).anyMatch(s -> s.lexical() > 0 && s.score() >= CLOSE_TO_BEST * best);
    }

    /**
     * Whether one product's text explains most of what the message says that the catalog has words
     * for, by at least {@value #EXPLAINING_UNITS} of them ("油皮长痘想买个精华": 油皮, 精华).
     */
    boolean explains(String message, List<Product> products) {
        List<Scored> ranked = rank(message, products);
        return !ranked.isEmpty() && ranked.getFirst().lexical() >= EXPLAINED_SHARE && ranked.getFirst().matched().size() >= EXPLAINING_UNITS;
    }

    /** Whether the request names anything the catalog could have (it shares words with some product). */
    boolean asksForSomething(List<Scored> ranked) {
        return !ranked.isEmpty() && ranked.getFirst().lexical() > 0;
    }

    /** Why the product fits: the attribute value or tag that shares most of the request's words. */
    Optional<String> reason(List<Scored> ranked, Product product, String language) {
        Set<String> matched = ranked.stream().filter(s -> s.product() == product).findFirst().map(Scored::matched).orElse(Set.of());
        if (matched.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestOverlap = 0;
        for (Map.Entry<String, Object> attribute : product.attributes().entrySet()) {
            String value = String.valueOf(attribute.getValue());
            int overlap = overlap(units(value.toLowerCase(Locale.ROOT)), matched);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = labels.fact(attribute.getKey(), value, language);
            }
        }
        for (String tag : product.tags()) {
            int overlap = overlap(units(tag.toLowerCase(Locale.ROOT)), matched);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = tag;
            }
        }
        return Optional.ofNullable(best);
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
        List<String> texts = new ArrayList<>();
        Map<String, Integer> documents = new HashMap<>();
        for (Product product : products) {
            String text = text(product);
            texts.add(text);
            Set<String> own = units(text.toLowerCase(Locale.ROOT));
            units.add(own);
            own.forEach(unit -> documents.merge(unit, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        documents.forEach((unit, df) -> idf.put(unit, Math.log(1 + (double) products.size() / df)));
        Index fresh = new Index(products, units, idf, embeddings.embedAll(texts, "zh"));
        index.set(fresh);
        return fresh;
    }

    private String text(Product p) {
        StringBuilder text = new StringBuilder(p.name());
        append(text, p.category());
        append(text, p.brand());
        p.tags().forEach(tag -> append(text, tag));
        p.attributes().forEach((key, value) -> append(text, labels.label(key, "zh") + " " + value));
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
                    units.add(run.substring(i, i + 2));
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

    private record Index(List<Product> products, List<Set<String>> units, Map<String, Double> idf, List<float[]> vectors) {
    }
}
