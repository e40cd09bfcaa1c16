package io.kefu.nlu.internal.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The matching structures built from one catalog snapshot: SKU codes, product-name units with their
 * weights and postings, a typo index of the Latin words, phrase indexes of brands, categories and
 * attribute values, and the catalog's key for each attribute concept. Immutable once built, so it is
 * shared by all threads until the snapshot changes.
 */
final class CatalogIndex {

    private static final java.util.regex.Pattern NUMBER_IN_CODE = java.util.regex.Pattern.compile("\\d{3,}");

    /**
     * @param distinctiveWeight the weight of the name without its brand and category words, which
     *                          shoppers leave out ("mate60" for "华为 Mate 60 手机")
     * @param halves            for a name written in two languages ("Norwegian Salmon Fillet 挪威三文鱼刺身
     *                          200g"), the distinctive weight of each language's half with the numbers and
     *                          codes both share; empty for a name in one language. A shopper names the
     *                          product in one language, so naming all of one half is naming all of it.
     * @param byTag             a name the merchant gave as a tag: it counts only when said nearly in full,
     *                          since part of "无咖啡因" is no name of a chrysanthemum tea ("咖啡豆")
     */
    record Product(CatalogProduct source, double distinctiveWeight, Map<Script, Double> halves, boolean byTag) {

        /** How much of the name the distinctive units covered, against the half in which it was named best. */
        double recall(Map<Script, Double> coveredByScript) {
            double all = coveredByScript.values().stream().mapToDouble(Double::doubleValue).sum();
            double best = all / distinctiveWeight;
            for (Map.Entry<Script, Double> half : halves.entrySet()) {
                double named = coveredByScript.getOrDefault(half.getKey(), 0.0) + coveredByScript.getOrDefault(Script.SHARED, 0.0);
                best = Math.max(best, named / half.getValue());
            }
            return Math.min(1.0, best);
        }
    }

    /** The language a name unit belongs to; numbers and model codes read the same in both. */
    enum Script {
        LATIN, HAN, SHARED
    }

    /** A half must name something in its own words: two Latin words, or two Chinese bigrams ("Salmon Fillet", "三文鱼"). */
    private static final int WORDS_OF_A_HALF = 2;
    private static final int MIN_LATIN_WORD = 3;

    static final CatalogIndex EMPTY = new CatalogIndex(List.of());

    private static final Set<String> NON_VALUES = Set.of("是", "否", "有", "无", "yes", "no", "true", "false", "none",
            "null", "n/a", "na", "其他", "other");

    final List<CatalogProduct> snapshot;
    /** One entry per name a product goes by: its own, then each tag that names it alone; postings point here. */
    final List<Product> products = new ArrayList<>();
    final Map<String, int[]> postings = new HashMap<>();
    /** How much a name unit tells products apart: rare units weigh more than common ones. */
    final Map<String, Double> unitWeights = new HashMap<>();
    final Map<String, String> skuByCode = new HashMap<>();
    final Map<String, CatalogProduct> bySku = new HashMap<>();
    /** Units of brand and category names: they say which kind of product, not which product. */
    final Set<String> genericUnits = new HashSet<>();
    /** Model codes and sizes of the names ("s8", "6l"): a code alone may pick out a product, unlike its digits. */
    final Set<String> codeUnits = new HashSet<>();
    /** The codes a number of three digits or more belongs to ("510" → "510l"): "霜语510那个" names the 510L one. */
    final Map<String, Set<String>> codesOfNumber = new HashMap<>();
    /**
     * The words every name writes right after a number, with those numbers ("months" → 18, 24 in
     * "Comté 18 Months"): such a word measures, and "7 months old" measures something else.
     */
    final Map<String, Set<String>> measuredBy = new HashMap<>();
    /** The codes only one product's names have ("510l", "x7"): such a code names that product. */
    final Set<String> ownCodes = new HashSet<>();
    final TypoIndex typos;
    final PhraseIndex<String> brands = new PhraseIndex<>();
    final Map<String, String> brandByLatinWord = new HashMap<>();
    final TypoIndex brandTypos;
    final PhraseIndex<String> categories = new PhraseIndex<>();
    final PhraseIndex<Map.Entry<String, Object>> attributeValues = new PhraseIndex<>();
    final Map<AttributeConcept, String> conceptKeys = new EnumMap<>(AttributeConcept.class);
    /** Keys whose values are all numbers ("batteryMah": 5000): a wish like "long" does not belong there. */
    final Set<String> numericKeys = new HashSet<>();

    CatalogIndex(List<CatalogProduct> snapshot) {
        this.snapshot = snapshot;
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Integer> keyUse = new HashMap<>();
        Set<String> textKeys = new HashSet<>();
        List<Set<String>> nameUnits = new ArrayList<>();
        for (CatalogProduct product : snapshot) {
            nameUnits.add(unitsOf(product.name()));
            addCode(product.sku(), product.sku());
            bySku.putIfAbsent(product.sku(), product);
            addBrand(product.brand());
            addCategory(product.category());
            product.attributes().keySet().forEach(key -> keyUse.merge(key, 1, Integer::sum));
            product.attributes().forEach((key, value) -> {
                if (value instanceof Number) {
                    numericKeys.add(key);
                } else {
                    textKeys.add(key);
                }
            });
            product.attributes().forEach(this::addAttributeValue);
        }
        List<Name> names = new ArrayList<>();
        List<List<Set<String>>> ownTags = ownTags(snapshot, nameUnits);
        for (int p = 0; p < snapshot.size(); p++) {
            Set<String> all = new HashSet<>(nameUnits.get(p));
            names.add(new Name(snapshot.get(p), nameUnits.get(p), false));
            for (Set<String> tag : ownTags.get(p)) {
                all.addAll(tag);
                names.add(new Name(snapshot.get(p), tag, true));
            }
            all.forEach(u -> documentFrequency.merge(u, 1, Integer::sum));
        }
        int n = Math.max(1, snapshot.size());
        Map<String, List<Integer>> postingLists = new HashMap<>();
        snapshot.forEach(product -> codeUnits.addAll(TextUnits.codes(product.name())));
        measureWords(snapshot);
        codeUnits.forEach(code -> NUMBER_IN_CODE.matcher(code).results()
            .forEach(number -> codesOfNumber.computeIfAbsent(number.group(), k -> new HashSet<>()).add(code)));
        for (int p = 0; p < names.size(); p++) {
            double distinctive = 0;
            Map<Script, Double> byScript = new EnumMap<>(Script.class);
            Map<Script, Integer> words = new EnumMap<>(Script.class);
            for (String unit : names.get(p).units()) {
                double weight = Math.log(1.0 + (double) n / documentFrequency.get(unit));
                if ((TextUnits.isDigits(unit) || unit.length() == 1) && !codeUnits.contains(unit)) {
                    weight *= 0.5; // "15" or "s" alone picks out nothing; with a word it decides ("iPhone 14" vs "15")
                }
                unitWeights.put(unit, weight);
                if (!genericUnits.contains(unit)) {
                    distinctive += weight;
                    Script script = scriptOf(unit);
                    byScript.merge(script, weight, Double::sum);
                    if (script == Script.HAN || (script == Script.LATIN && unit.length() >= MIN_LATIN_WORD)) {
                        words.merge(script, 1, Integer::sum);
                    }
                }
                postingLists.computeIfAbsent(unit, u -> new ArrayList<>()).add(p);
            }
            products.add(new Product(names.get(p).product(), distinctive, halves(byScript, words), names.get(p).byTag()));
        }
        postingLists.forEach((unit, list) -> postings.put(unit, list.stream().mapToInt(Integer::intValue).toArray()));
        codeUnits.stream().filter(postingLists::containsKey)
            .filter(code -> postingLists.get(code).stream().map(p -> products.get(p).source().sku()).distinct().count() == 1)
            .forEach(ownCodes::add);
        typos = new TypoIndex(postings.keySet().stream().filter(TextUnits::isLatin).toList());
        brandTypos = new TypoIndex(brandByLatinWord.keySet());
        numericKeys.removeAll(textKeys);
        for (AttributeConcept concept : AttributeConcept.values()) {
            conceptKeys.put(concept, concept.keyIn(keyUse));
        }
    }

    private void measureWords(List<CatalogProduct> snapshot) {
        Set<String> notAfterANumber = new HashSet<>();
        for (CatalogProduct product : snapshot) {
            List<String> units = TextUnits.of(product.name());
            for (int i = 0; i < units.size(); i++) {
                String unit = units.get(i);
                if (TextUnits.isDigits(unit)) {
                    continue;
                }
                if (i > 0 && TextUnits.isDigits(units.get(i - 1))) {
                    measuredBy.computeIfAbsent(unit, k -> new HashSet<>()).add(units.get(i - 1));
                } else {
                    notAfterANumber.add(unit);
                }
            }
        }
        measuredBy.keySet().removeAll(notAfterANumber);
    }

    /** Whether {@code unit} is a measure word said after a number no name measures by it ("7 months" of a baby, not a cheese). */
    boolean measuresSomethingElse(String unit, String before) {
        Set<String> numbers = measuredBy.get(unit);
        return numbers != null && before != null && TextUnits.isDigits(before) && !numbers.contains(before);
    }

    /** One name a product goes by, as units: its own, or a tag that names it alone. */
    private record Name(CatalogProduct product, Set<String> units, boolean byTag) {
    }

    private static Set<String> unitsOf(String name) {
        Set<String> units = new LinkedHashSet<>(TextUnits.of(name));
        units.addAll(TextUnits.codes(name));
        return units;
    }

    /**
     * The tags of each product that name it alone, as another name: written in a language its name is
     * not, carried by no other product, and not within another product's name or the catalog's brands
     * and categories. "Lapsang Souchong" on 正山小种 is its English name; "拍照" on one phone says what
     * it is good at, and "红茶" on every black tea is a kind: search finds those.
     */
    private List<List<Set<String>>> ownTags(List<CatalogProduct> snapshot, List<Set<String>> nameUnits) {
        Map<String, Integer> carriers = new HashMap<>();
        snapshot.forEach(product -> product.tags().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct()
            .forEach(tag -> carriers.merge(tag, 1, Integer::sum)));
        Map<String, Set<Integer>> namesWith = new HashMap<>();
        for (int p = 0; p < nameUnits.size(); p++) {
            for (String unit : nameUnits.get(p)) {
                namesWith.computeIfAbsent(unit, u -> new HashSet<>()).add(p);
            }
        }
        List<List<Set<String>>> own = new ArrayList<>();
        for (int p = 0; p < snapshot.size(); p++) {
            Set<Script> named = scriptsOfWords(nameUnits.get(p));
            own.add(snapshot.get(p).tags().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct()
                .filter(tag -> carriers.get(tag) == 1)
                .map(CatalogIndex::unitsOf)
                .filter(units -> {
                    Set<Script> written = scriptsOfWords(units);
                    return !written.isEmpty() && java.util.Collections.disjoint(written, named) && !genericUnits.containsAll(units)
                            && namesContaining(units, namesWith).isEmpty();
                })
                .toList());
        }
        return own;
    }

    /** The languages words of these units are written in: Chinese, or Latin words of three letters or more ("ml" and "g" are units). */
    private static Set<Script> scriptsOfWords(Set<String> units) {
        Set<Script> scripts = java.util.EnumSet.noneOf(Script.class);
        for (String unit : units) {
            if (TextUnits.isLatin(unit) && unit.length() >= MIN_LATIN_WORD && unit.chars().allMatch(Character::isLetter)) {
                scripts.add(Script.LATIN);
            } else if (!unit.isEmpty() && Character.UnicodeScript.of(unit.codePointAt(0)) == Character.UnicodeScript.HAN) {
                scripts.add(Script.HAN);
            }
        }
        return scripts;
    }

    /** The products whose names hold every one of {@code units}. */
    private static Set<Integer> namesContaining(Set<String> units, Map<String, Set<Integer>> namesWith) {
        Set<Integer> holders = null;
        for (String unit : units) {
            Set<Integer> with = namesWith.getOrDefault(unit, Set.of());
            if (holders == null) {
                holders = new HashSet<>(with);
            } else {
                holders.retainAll(with);
            }
            if (holders.isEmpty()) {
                break;
            }
        }
        return holders == null ? Set.of() : holders;
    }

    Script scriptOf(String unit) {
        if (TextUnits.isDigits(unit) || codeUnits.contains(unit)) {
            return Script.SHARED;
        }
        return TextUnits.isLatin(unit) ? Script.LATIN : Script.HAN;
    }

    private static Map<Script, Double> halves(Map<Script, Double> byScript, Map<Script, Integer> words) {
        boolean bilingual = words.getOrDefault(Script.LATIN, 0) >= WORDS_OF_A_HALF && words.getOrDefault(Script.HAN, 0) >= WORDS_OF_A_HALF;
        if (!bilingual) {
            return Map.of();
        }
        double shared = byScript.getOrDefault(Script.SHARED, 0.0);
        return Map.of(Script.LATIN, byScript.get(Script.LATIN) + shared, Script.HAN, byScript.get(Script.HAN) + shared);
    }

    /**
     * The key a constraint on {@code concept} goes under: the catalog's own key, unless the constraint
     * is a word ("long") and the catalog keeps numbers there ("batteryMah"), which could not compare.
     */
    String keyFor(AttributeConcept concept, Object value) {
        String key = conceptKeys.getOrDefault(concept, concept.defaultKey());
        return value instanceof String && numericKeys.contains(key) ? concept.defaultKey() : key;
    }

    /** SKU codes are compared without case or separators: "kfph001" finds "KF-PH-001". */
    static String codeKey(String code) {
        StringBuilder key = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '-' && c != '_' && !Character.isWhitespace(c)) {
                key.append(Character.toUpperCase(c));
            }
        }
        return key.toString();
    }

    private void addCode(String code, String sku) {
        if (!code.isBlank()) {
            skuByCode.putIfAbsent(codeKey(code), sku);
        }
    }

    /** "华为/HUAWEI" and "华为（HUAWEI）" name one brand twice; either may be said. */
    private void addBrand(String brand) {
        if (brand.isBlank()) {
            return;
        }
        String canonical = brand.strip();
        for (String alias : aliases(canonical)) {
            brands.add(alias, canonical);
            genericUnits.addAll(TextUnits.of(alias));
            if (alias.matches("[a-z]+") && alias.length() >= 5) {
                brandByLatinWord.putIfAbsent(alias, canonical);
            }
        }
    }

    /** The levels of a category path ("数码/耳机": 数码, 耳机). */
    static List<String> levels(String category) {
        return java.util.Arrays.stream(category.split("[/>|,，、]")).map(String::strip).toList();
    }

    /** A category path "数码/耳机" offers each level; English plurals are matched either way. */
    private void addCategory(String category) {
        if (category.isBlank()) {
            return;
        }
        for (String canonical : levels(category)) {
            for (String alias : aliases(canonical)) {
                categories.add(alias, canonical);
                genericUnits.addAll(TextUnits.of(alias));
                if (alias.matches("[a-z ]+[a-z]")) {
                    categories.add(alias.endsWith("s") ? alias.substring(0, alias.length() - 1) : alias + "s", canonical);
                }
            }
        }
    }

    private void addAttributeValue(String key, Object value) {
        if (!(value instanceof String text)) {
            return; // numbers and flags are compared by the recommender, not spotted in text
        }
        String phrase = text.strip().toLowerCase(Locale.ROOT);
        if (NON_VALUES.contains(phrase) || phrase.chars().allMatch(c -> Character.isDigit(c) || c == '.')
                || (phrase.matches("[a-z ]+") && phrase.length() < 3)) {
            return;
        }
        attributeValues.add(phrase, Map.entry(key, value));
    }

    private static List<String> aliases(String name) {
        List<String> aliases = new ArrayList<>();
        String lower = name.toLowerCase(Locale.ROOT);
        aliases.add(lower);
        for (String part : lower.split("[/()（）|,，]")) {
            if (!part.isBlank()) {
                aliases.add(part.strip());
            }
        }
        return aliases;
    }
}
