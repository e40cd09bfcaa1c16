package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.kefu.commerce.Product;

/**
 * Variants as merchants list them: several SKUs of one product line (same brand and category, names
 * that share their stem) that differ in a size, a colour or a stage and in price. Finds a product's
 * line and the variant a shopper picks with words of its own ("100ml的", "the red one", "M码").
 */
final class ProductLines {

    private static final Pattern LATIN_WORD = Pattern.compile("[a-z0-9][a-z0-9.+#]*");
    private static final int MIN_STEM = 4;
    private static final Pattern OTHER_VARIANT = Pattern.compile("(?:换|别的|其他|其它|另一个|另外的?|另一种|不同的?)(?:一个|一种|个)?(?:颜色|色号|色|款式|规格|尺寸|尺码|size)"
            + "|\\b(?:other|another|different)\\s+(?:colou?r|shade|size|option|version)s?\\b");
    private static final Pattern COLOUR_KEY = Pattern.compile("(?i)colou?r|shade|颜色|色号");

    private ProductLines() {
    }

    /** The product and its variants, in catalog order. */
    static List<Product> lineOf(Product product, List<Product> catalog) {
        List<Product> line = new ArrayList<>();
        for (Product other : catalog) {
            if (other.sku().equals(product.sku()) || sameLine(product, other)) {
                line.add(other);
            }
        }
        return line;
    }

    static boolean sameLine(Product a, Product b) {
        if (!Objects.equals(a.brand(), b.brand()) || !Objects.equals(a.category(), b.category())) {
            return false;
        }
        int stem = commonPrefix(a.name(), b.name());
        return stem >= MIN_STEM && stem * 2 >= Math.min(a.name().length(), b.name().length());
    }

    /** "换个颜色", "the other colour": the message asks for another variant of the product talked about. */
    static boolean asksForAnotherVariant(String text) {
        return OTHER_VARIANT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The variants of the product's line other than it, those with a colour of their own first when
     * the message asks for a colour, in stock before out of stock.
     */
    static List<Product> others(Product current, List<Product> line, String text) {
        boolean colour = COLOUR_KEY.matcher(text).find() || text.contains("色");
        return line.stream().filter(p -> !p.sku().equals(current.sku()))
            .sorted(java.util.Comparator.comparing((Product p) -> colour && !differsInColour(p, current)).thenComparing(p -> !p.inStock()))
            .toList();
    }

    private static boolean differsInColour(Product a, Product b) {
        return a.attributes().entrySet().stream().filter(e -> COLOUR_KEY.matcher(e.getKey()).find())
            .anyMatch(e -> !String.valueOf(e.getValue()).equals(String.valueOf(b.attributes().get(e.getKey()))));
    }

    /** What tells the variant apart in its line: the end of its name after the stem all variants share. */
    static String distinction(Product product, List<Product> line) {
        int stem = product.name().length();
        for (Product other : line) {
            if (!other.sku().equals(product.sku())) {
                stem = Math.min(stem, commonPrefix(product.name(), other.name()));
            }
        }
        return product.name().substring(stem).strip();
    }

    /**
     * Colours in English and the Chinese character that says them: a shopper asks for "the red one"
     * of a shade named "枫叶红". Words of the two languages, not of a store.
     */
    private static final Map<String, String> COLOURS = Map.ofEntries(Map.entry("red", "红"), Map.entry("pink", "粉"), Map.entry("blue", "蓝"),
            Map.entry("black", "黑"), Map.entry("white", "白"), Map.entry("green", "绿"), Map.entry("grey", "灰"), Map.entry("gray", "灰"),
            Map.entry("gold", "金"), Map.entry("silver", "银"), Map.entry("purple", "紫"), Map.entry("yellow", "黄"), Map.entry("orange", "橙"),
            Map.entry("brown", "棕"), Map.entry("beige", "米"), Map.entry("navy", "藏青"), Map.entry("rose", "玫"), Map.entry("khaki", "卡其"));

    /** The one variant of the line (other than {@code current}, if given) that the text names by words of its own. */
    static Optional<Product> named(String text, List<Product> line, Product current) {
        return named(text, line, current, false);
    }

    /**
     * The one product of a kind that the text names by words of its own, its tags too: tags tell
     * apart products of a kind ("春节" of three gift boxes), not the variants of one line, and a
     * first request that uses a tag's word ("送礼") asks for all that fit it.
     */
    static Optional<Product> ofKind(String text, List<Product> kind) {
        return named(text, kind, null, true);
    }

    private static Optional<Product> named(String text, List<Product> line, Product current, boolean byTags) {
        String lower = withColourCharacters(text.toLowerCase(Locale.ROOT));
        Product best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Product variant : line) {
            if (current != null && variant.sku().equals(current.sku())) {
                continue;
            }
            int score = overlap(lower, distinctWords(variant, line, byTags));
            if (score > bestScore) {
                best = variant;
                bestScore = score;
                tie = false;
            }
            else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** "the pink one" also reads "粉", so that it meets a Chinese colour name. */
    private static String withColourCharacters(String lower) {
        StringBuilder added = new StringBuilder(lower);
        var words = LATIN_WORD.matcher(lower);
        while (words.find()) {
            String han = COLOURS.get(words.group());
            if (han != null) {
                added.append(' ').append(han);
            }
        }
        return added.toString();
    }

    /** The variant's own name ending, and the attribute values (and, if asked, tags) no other variant shares. */
    private static String distinctWords(Product variant, List<Product> line, boolean byTags) {
        StringBuilder words = new StringBuilder(distinction(variant, line));
        List<Product> others = line.stream().filter(other -> !other.sku().equals(variant.sku())).toList();
        for (Map.Entry<String, Object> attribute : variant.attributes().entrySet()) {
            String value = String.valueOf(attribute.getValue());
            if (others.stream().noneMatch(other -> value.equals(String.valueOf(other.attributes().get(attribute.getKey()))))) {
                words.append(' ').append(value);
            }
        }
        if (byTags) {
            variant.tags().stream().filter(tag -> others.stream().noneMatch(other -> other.tags().contains(tag)))
                .forEach(tag -> words.append(' ').append(tag));
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Latin words and digit runs in common count their length; pairs of characters with a Chinese
     * one ("3段", "粉色") count two, and so does a colour character both name ("粉" in "豆沙粉").
     */
    private static int overlap(String text, String distinct) {
        int score = 0;
        var latin = LATIN_WORD.matcher(distinct);
        while (latin.find()) {
            String word = latin.group();
            if (word.length() >= 2 && Pattern.compile("(?<![a-z0-9])" + Pattern.quote(word) + "(?![a-z0-9])").matcher(text).find()) {
                score += word.length();
            }
        }
        for (String colour : COLOURS.values()) {
            if (text.contains(colour) && distinct.contains(colour)) {
                score += 2;
            }
        }
        for (int i = 0; i + 2 <= distinct.length(); i++) {
            String pair = distinct.substring(i, i + 2);
            boolean han = pair.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (han && !pair.isBlank() && pair.strip().length() == 2 && text.contains(pair)) {
                score += 2;
            }
        }
        return score;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
