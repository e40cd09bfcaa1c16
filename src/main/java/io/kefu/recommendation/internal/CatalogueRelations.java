package io.kefu.recommendation.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.commerce.Product;

/**
 * Accessories and refills the catalogue itself relates to each product, computed once per catalogue
 * version. Two products of different categories are related when one's text names the other (its SKU
 * or a word of its name that identifies it: found in no other product of its category and in few
 * products at all), or, less specifically, when one's category, tags or attribute values name the
 * other's category ("手机配件", tag "手机", {"适用": "净水器"}) — unless it was made for another
 * model of that kind. Of a related pair the cheaper one complements the dearer one: an accessory or
 * refill costs less than what it serves.
 */
final class CatalogueRelations {

    static final CatalogueRelations EMPTY = of(List.of());

    private static final int SHORTEST_WORD = 2;

    private final Map<String, List<Complement>> complements;

    private CatalogueRelations(Map<String, List<Complement>> complements) {
        this.complements = complements;
    }

    /** What complements the product, the ones naming it before those fitting its category; empty when nothing does. */
    List<Complement> complementsOf(String sku) {
        return complements.getOrDefault(sku, List.of());
    }

    /** {@code specific}: the complement names this very product, not only its kind. */
    record Complement(String sku, boolean specific) {
    }

    static CatalogueRelations of(List<Product> products) {
        List<String> texts = products.stream().map(ProductText::full).toList();
        Bigrams index = new Bigrams(texts);
        int rare = Math.max(3, (int) Math.ceil(Math.sqrt(products.size())));
        Map<String, Map<String, Integer>> nameWordsByCategory = new HashMap<>();
        products.forEach(p -> Set.copyOf(nameWords(p)).forEach(
                word -> nameWordsByCategory.computeIfAbsent(category(p), c -> new HashMap<>()).merge(word, 1, Integer::sum)));
        Map<String, Map<String, Boolean>> links = new HashMap<>();
        for (Product product : products) {
            Map<String, Integer> kindWords = category(product).isEmpty() ? Map.of() : nameWordsByCategory.get(category(product));
            for (String identifier : identifiers(product, kindWords, index, rare)) {
                Map<String, List<Product>> naming = new HashMap<>();
                for (int j : index.containing(identifier)) {
                    naming.computeIfAbsent(category(products.get(j)), c -> new ArrayList<>()).add(products.get(j));
                }
                // a word several products of one kind hold names their series, not one of them
                naming.forEach((kind, holders) -> {
                    if (kind.isEmpty() || holders.size() == 1) {
                        holders.forEach(holder -> link(links, product, holder, true));
                    }
                });
            }
        }
        Map<String, List<Product>> byCategory = new LinkedHashMap<>();
        products.stream().filter(p -> category(p).length() >= SHORTEST_WORD)
            .forEach(p -> byCategory.computeIfAbsent(category(p), c -> new ArrayList<>()).add(p));
        for (Product other : products) {
            List<String> structured = ProductText.structured(other);
            byCategory.forEach((category, members) -> {
                if (structured.stream().anyMatch(part -> ProductText.containsWord(part, category))) {
                    members.forEach(member -> link(links, member, other, false));
                }
            });
        }
        dropKindLinksOfModelSpecificProducts(links, products);
        Map<String, List<Complement>> complements = new HashMap<>();
        links.forEach((sku, linked) -> complements.put(sku, linked.entrySet().stream()
            .sorted(Map.Entry.<String, Boolean>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(entry -> new Complement(entry.getKey(), entry.getValue())).toList()));
        return new CatalogueRelations(Map.copyOf(complements));
    }

    /**
     * A complement made for one model (a case naming Nova9) fits no other product of that kind: its
     * links through the kind alone are dropped there.
     */
    private static void dropKindLinksOfModelSpecificProducts(Map<String, Map<String, Boolean>> links, List<Product> products) {
        Map<String, String> kindOf = new HashMap<>();
        products.forEach(p -> kindOf.put(p.sku(), category(p)));
        Map<String, Set<String>> specificKinds = new HashMap<>();
        links.forEach((served, linked) -> linked.forEach((complement, specific) -> {
            if (specific) {
                specificKinds.computeIfAbsent(complement, c -> new java.util.HashSet<>()).add(kindOf.get(served));
            }
        }));
        links.forEach((served, linked) -> linked.entrySet().removeIf(entry -> !entry.getValue()
                && specificKinds.getOrDefault(entry.getKey(), Set.of()).contains(kindOf.get(served))));
    }

    /** Relates two products of different categories, the cheaper as the complement; a specific link outranks a category one. */
    private static void link(Map<String, Map<String, Boolean>> links, Product a, Product b, boolean specific) {
        if (a.sku().equals(b.sku()) || !category(a).isEmpty() && category(a).equals(category(b)) || a.price().compareTo(b.price()) == 0) {
            return;
        }
        Product served = a.price().compareTo(b.price()) > 0 ? a : b;
        Product complement = served == a ? b : a;
        links.computeIfAbsent(served.sku(), s -> new HashMap<>()).merge(complement.sku(), specific, Boolean::logicalOr);
    }

    /**
     * The words that name this product and no other of its kind: its SKU and the words of its name
     * that no other product of its category has in its name, that are not its brand or category,
     * and that few products mention at all (a word in more than √n of n products names a kind).
     */
    private static Set<String> identifiers(Product product, Map<String, Integer> kindWords, Bigrams index, int rare) {
        Set<String> identifiers = new LinkedHashSet<>();
        String sku = ProductText.normalize(product.sku());
        if (sku.length() >= 3) {
            identifiers.add(sku);
        }
        String brand = ProductText.normalize(product.brand());
        String category = category(product);
        for (String word : nameWords(product)) {
            boolean meaningful = word.length() >= SHORTEST_WORD && (ProductText.isHan(word) || word.length() >= 3 || word.chars().anyMatch(Character::isDigit));
            boolean kindOrMaker = overlaps(word, brand) || overlaps(word, category);
            if (!meaningful || kindOrMaker) {
                continue;
            }
            boolean sharedInCategory = kindWords.getOrDefault(word, 0) > 1;
            if (!sharedInCategory && index.containing(word).size() <= rare) {
                identifiers.add(word);
            }
        }
        return identifiers;
    }

    private static List<String> nameWords(Product product) {
        return ProductText.words(ProductText.normalize(product.name()));
    }

    private static boolean overlaps(String word, String other) {
        return !other.isEmpty() && (word.contains(other) || other.contains(word));
    }

    private static String category(Product product) {
        return ProductText.normalize(product.category());
    }

    /** Which texts hold a word, found through the character pairs of the texts and confirmed on the text. */
    private static final class Bigrams {

        private final List<String> texts;
        private final Map<String, BitSet> postings = new HashMap<>();

        Bigrams(List<String> texts) {
            this.texts = texts;
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                for (int at = 0; at + 2 <= text.length(); at++) {
                    postings.computeIfAbsent(text.substring(at, at + 2), pair -> new BitSet()).set(i);
                }
            }
        }

        List<Integer> containing(String word) {
            BitSet candidates = null;
            for (int at = 0; at + 2 <= word.length(); at++) {
                BitSet posting = postings.get(word.substring(at, at + 2));
                if (posting == null) {
                    return List.of();
                }
                if (candidates == null) {
                    candidates = (BitSet) posting.clone();
                }
                else {
                    candidates.and(posting);
                }
            }
            List<Integer> found = new ArrayList<>();
            if (candidates != null) {
                candidates.stream().filter(i -> ProductText.containsWord(texts.get(i), word)).forEach(found::add);
            }
            return found;
        }
    }
}
