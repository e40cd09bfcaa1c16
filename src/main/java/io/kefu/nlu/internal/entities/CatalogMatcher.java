package io.kefu.nlu.internal.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Recognises catalog products, brands and categories in a message against the live catalog.
 *
 * <p>SKU codes are matched exactly ({@link #codes()}, early, so their digits are not read as
 * amounts). Product names are matched by weighted units ({@link #names()}): each product scores the
 * harmonic mean of how much of its name the message covers and how much of the message's
 * product-like words it explains, so "iPhone 15" prefers "iPhone 15" over "iPhone 15 Pro" and "iPhone
 * 15 Pro" the other way round. A product needs at least one distinctive unit (not just its brand,
 * category or a number) to count. {@code sku} is only set when one product clearly leads, so that a
 * vague "华为手机" never silently picks one phone; the candidates are in {@code products} either way.
 *
 * <p>Indexes are built once per catalog snapshot and swapped atomically; thread-safe.
 */
final class CatalogMatcher {

    private static final Pattern CODE_TOKEN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*(?![A-Za-z0-9])");

    private static final double MIN_SCORE = 0.3;
    private static final double TYPO_CREDIT = 0.8;
    /** Products this close to the best are offered too. */
    private static final double CANDIDATE_SHARE = 0.6;
    /** The best product is the {@code sku} only when it leads the next by this factor. */
    private static final double CLEAR_LEAD = 1.25;
    private static final int MAX_PRODUCTS = 5;
    /** Among several candidates the leader must have been named nearly in full: "iphone" alone picks no model. */
    private static final double MIN_RECALL_TO_PICK = 0.75;

    private final CatalogVocabulary vocabulary;
    private final java.util.function.Predicate<String> ordinaryWord;
    private final AtomicReference<CatalogIndex> index = new AtomicReference<>(CatalogIndex.EMPTY);

    CatalogMatcher(CatalogVocabulary vocabulary) {
        this(vocabulary, word -> false);
    }

    /** @param ordinaryWord whether a Latin word is an ordinary word of the language ("like"), never a typo of a name ("Lite") */
    CatalogMatcher(CatalogVocabulary vocabulary, java.util.function.Predicate<String> ordinaryWord) {
        this.vocabulary = vocabulary;
        this.ordinaryWord = ordinaryWord;
    }

    /** The index of the current snapshot, rebuilt only when the vocabulary hands out a new one. */
    CatalogIndex current() {
        List<CatalogProduct> snapshot = vocabulary.products();
        if (snapshot == null) {
            return CatalogIndex.EMPTY;
        }
        CatalogIndex known = index.get();
        if (known.snapshot == snapshot) {
            return known;
        }
        CatalogIndex fresh = new CatalogIndex(snapshot);
        index.set(fresh); // two threads may build the same snapshot at once; either result is right
        return fresh;
    }

    EntityRule codes() {
        return (text, found) -> {
            CatalogIndex catalog = current();
            if (catalog.skuByCode.isEmpty() || !(text.hasDigit() || text.containsAny("-_"))) {
                return;
            }
            text.claimMatches(CODE_TOKEN, m -> {
                if (!looksLikeCode(m.group())) {
                    return false;
                }
                String sku = catalog.skuByCode.get(CatalogIndex.codeKey(m.group()));
                if (sku == null) {
                    return false;
                }
                found.put(EntityKinds.SKU, sku, m.start());
                found.put(EntityKinds.PRODUCTS, List.of(sku), m.start());
                return true;
            });
        };
    }

    /**
     * Only tokens shaped like codes are looked up, so that a SKU "1001" or "APPLE" does not turn every
     * "1001元" or "apple" into a product: a code mixes letters and digits, or is joined by dashes, or is
     * a long number.
     */
    private static boolean looksLikeCode(String token) {
        if (token.length() < 4) {
            return false;
        }
        boolean letter = token.chars().anyMatch(Character::isLetter);
        boolean digit = token.chars().anyMatch(Character::isDigit);
        boolean joined = token.indexOf('-') > 0 || token.indexOf('_') > 0;
        return (letter && digit) || (joined && (letter || digit)) || (digit && token.length() >= 8);
    }

    EntityRule names() {
        return (text, found) -> {
            CatalogIndex catalog = current();
            if (catalog.snapshot.isEmpty()) {
                return;
            }
            String lower = text.full().toLowerCase(Locale.ROOT);
            brand(catalog, lower, found);
            for (PhraseIndex.Found<String> category : catalog.categories.findIn(lower)) {
                found.put(EntityKinds.CATEGORY, category.value(), category.start());
            }
            if (!found.has(EntityKinds.SKU)) {
                products(catalog, lower, found);
            }
            dropCategoryOfOtherProduct(catalog, found);
        };
    }

    private static void brand(CatalogIndex catalog, String lower, FoundEntities found) {
        for (PhraseIndex.Found<String> brand : catalog.brands.findIn(lower)) {
            found.put(EntityKinds.BRAND, brand.value(), brand.start());
        }
        if (found.has(EntityKinds.BRAND) || catalog.brandByLatinWord.isEmpty()) {
            return;
        }
        for (String unit : TextUnits.of(lower)) {
            for (String near : catalog.brandTypos.near(unit)) {
                found.put(EntityKinds.BRAND, catalog.brandByLatinWord.get(near), lower.indexOf(unit));
                return;
            }
        }
    }

    /** "手机壳" mentions "手机", but a shopper asking about a phone case is not asking about phones. */
    private static void dropCategoryOfOtherProduct(CatalogIndex catalog, FoundEntities found) {
        if (found.get(EntityKinds.SKU) instanceof String sku && catalog.bySku.containsKey(sku) && namesAnotherKind(catalog, sku, found)) {
            found.remove(EntityKinds.CATEGORY);
        }
    }

    private void products(CatalogIndex catalog, String lower, FoundEntities found) {
        Map<String, Double> matched = matchedUnits(catalog, lower);
        if (matched.isEmpty()) {
            return;
        }
        Map<Integer, Double> covered = new HashMap<>();
        Map<Integer, Map<CatalogIndex.Script, Double>> distinctiveCovered = new HashMap<>();
        Set<Integer> anchored = new HashSet<>();
        Map<Integer, Set<String>> unitsNamed = new HashMap<>();
        double messageWeight = 0;
        for (Map.Entry<String, Double> unit : matched.entrySet()) {
            double weight = catalog.unitWeights.get(unit.getKey()) * unit.getValue();
            messageWeight += weight;
            boolean generic = catalog.genericUnits.contains(unit.getKey());
            boolean anchor = !generic && (!TextUnits.isDigits(unit.getKey()) || catalog.codeUnits.contains(unit.getKey()));
            CatalogIndex.Script script = catalog.scriptOf(unit.getKey());
            for (int p : catalog.postings.get(unit.getKey())) {
                covered.merge(p, weight, Double::sum);
                unitsNamed.computeIfAbsent(p, k -> new HashSet<>()).add(unit.getKey());
                if (!generic) {
                    distinctiveCovered.computeIfAbsent(p, k -> new java.util.EnumMap<>(CatalogIndex.Script.class))
                            .merge(script, weight, Double::sum);
                }
                if (anchor) {
                    anchored.add(p);
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int p : anchored) {
            CatalogIndex.Product product = catalog.products.get(p);
            double recall = product.recall(distinctiveCovered.getOrDefault(p, Map.of()));
            if (unitsNamed.get(p).stream().anyMatch(catalog.ownCodes::contains)) {
                // a model code or size only this product has ("510L", "X7") names it however long the rest of its name
                recall = Math.max(recall, MIN_RECALL_TO_PICK);
            }
            double precision = covered.get(p) / messageWeight;
            double score = 2 * precision * recall / (precision + recall);
            boolean nameCounts = !product.byTag() || recall >= MIN_RECALL_TO_PICK && !namesAnotherKind(catalog, product.source().sku(), found);
            if (score >= MIN_SCORE && nameCounts) {
                scored.add(new Scored(p, product.source().sku(), score, recall));
            }
        }
        if (scored.isEmpty()) {
            return;
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::sku));
        scored = bestNameOfEach(scored);
        double best = scored.get(0).score();
        List<String> skus = scored.stream().filter(s -> s.score() >= best * CANDIDATE_SHARE).limit(MAX_PRODUCTS)
                .map(Scored::sku).toList();
        Scored leader = scored.get(0);
        List<String> alike = namedAlike(leader, anchored, unitsNamed).stream().map(p -> catalog.products.get(p).source().sku())
            .distinct().toList();
        if (alike.size() > 1) {
            found.put(EntityKinds.PRODUCTS, alike.stream().limit(MAX_PRODUCTS).toList(), 0);
            return;
        }
        boolean clear = skus.size() == 1
                || (best >= scored.get(1).score() * CLEAR_LEAD && leader.recall() >= MIN_RECALL_TO_PICK);
        if (clear) {
            found.put(EntityKinds.SKU, skus.get(0), 0);
        }
        found.put(EntityKinds.PRODUCTS, skus, 0);
    }

    /**
     * Whether the message names a category the product is not of: a tag it shares with the message
     * then says what the product is like, not which it is ("学生上网课用的平板" is no phone tagged 学生).
     */
    private static boolean namesAnotherKind(CatalogIndex catalog, String sku, FoundEntities found) {
        Object category = found.get(EntityKinds.CATEGORY);
        return category != null && !CatalogIndex.levels(catalog.bySku.get(sku).category()).contains(category);
    }

    /**
     * The products the message names exactly as much as the leader, when it names only part of the
     * leader's name: "那100g的呢" says nothing that sets 滇红金芽 100g apart from six other 100 g teas,
     * however short its name. A message that names the whole of the leader's name ("X9" for 星辰 X9,
     * not X9 Pro) keeps it. Only the leader when nothing else is named alike.
     */
    private static List<Integer> namedAlike(Scored leader, Set<Integer> anchored, Map<Integer, Set<String>> unitsNamed) {
        if (leader.recall() >= 1.0 - 1e-9) {
            return List.of(leader.index());
        }
        Set<String> leaderUnits = unitsNamed.get(leader.index());
        List<Integer> alike = new ArrayList<>(List.of(leader.index()));
        anchored.stream().filter(p -> p != leader.index() && unitsNamed.get(p).containsAll(leaderUnits)).sorted().forEach(alike::add);
        return alike;
    }

    private record Scored(int index, String sku, double score, double recall) {
    }

    /** A product named by its own name and by a tag too counts once, by the name it was named best by. */
    private static List<Scored> bestNameOfEach(List<Scored> sorted) {
        Set<String> seen = new HashSet<>();
        return sorted.stream().filter(s -> seen.add(s.sku())).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * Message units that are name units, exactly (credit 1) or within one typo (less credit). Two
     * Latin words written apart that a name writes together count as that word ("i phone", "air pods").
     */
    private Map<String, Double> matchedUnits(CatalogIndex catalog, String lower) {
        Map<String, Double> matched = new HashMap<>();
        List<String> units = TextUnits.of(lower);
        for (int i = 0; i + 1 < units.size(); i++) {
            String joined = units.get(i) + units.get(i + 1);
            if (TextUnits.isLatin(units.get(i)) && TextUnits.isLatin(units.get(i + 1)) && catalog.postings.containsKey(joined)) {
                matched.put(joined, 1.0);
            }
        }
        List<String> written = TextUnits.codes(lower);
        for (String code : written) {
            if (catalog.postings.containsKey(code)) {
                matched.put(code, 1.0);
            }
        }
        // "510" said for the size "510L" of one product: that code, when the message writes no code of its own with it
        for (String unit : units) {
            Set<String> codes = catalog.codesOfNumber.getOrDefault(unit, Set.of());
            if (codes.size() == 1 && written.stream().noneMatch(code -> code.contains(unit))) {
                matched.put(codes.iterator().next(), 1.0);
            }
        }
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            if (isStrayLetter(units, i)) {
                continue;
            }
            String before = i > 0 ? units.get(i - 1) : null;
            if (catalog.postings.containsKey(unit)) {
                if (!catalog.measuresSomethingElse(unit, before)) {
                    matched.put(unit, 1.0);
                }
            } else if (TextUnits.isLatin(unit) && !ordinaryWord.test(unit)) {
                for (String near : catalog.typos.near(unit)) {
                    if (!catalog.measuresSomethingElse(near, before)) {
                        matched.merge(near, TYPO_CREDIT, Math::max);
                    }
                }
            }
        }
        return matched;
    }

    /**
     * A single letter names a product only as part of a model code ("X10", "S24 Ultra"); alone
     * ("src=x", "plan b") it is noise that would otherwise make every "星耀X10" a candidate.
     */
    private static boolean isStrayLetter(List<String> units, int i) {
        String unit = units.get(i);
        return unit.length() == 1 && TextUnits.isLatin(unit) && (i + 1 >= units.size() || !TextUnits.isDigits(units.get(i + 1)));
    }
}
