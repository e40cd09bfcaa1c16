package io.kefu.recommendation.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kefu.commerce.Product;

/**
 * A product's text as the catalogue relations compare it: lower case, full-width forms folded
 * (NFKC). Words are runs of Han characters or runs of other letters and digits, so that
 * "星耀X10手机" gives 星耀, x10 and 手机.
 */
final class ProductText {

    private ProductText() {
    }

    static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    /** Everything the product says: name, description, category, tags and attribute values. */
    static String full(Product product) {
        return normalize(Stream.concat(Stream.of(product.name(), product.description()), structuredParts(product).stream())
            .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" \n ")));
    }

    /** What the merchant classified the product by: category, tags and attribute values, one per line. */
    static List<String> structured(Product product) {
        return structuredParts(product).stream().filter(part -> part != null && !part.isBlank()).map(ProductText::normalize).toList();
    }

    private static List<String> structuredParts(Product product) {
        List<String> parts = new ArrayList<>();
        parts.add(product.category());
        parts.addAll(product.tags());
        product.attributes().values().forEach(value -> parts.add(value == null ? null : String.valueOf(value)));
        return parts;
    }

    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int kind = 0;
        for (int i = 0; i < normalized.length();) {
            int codePoint = normalized.codePointAt(i);
            int now = kind(codePoint);
            if (now != kind && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (now != 0) {
                word.appendCodePoint(codePoint);
            }
            kind = now;
            i += Character.charCount(codePoint);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    static boolean isHan(String word) {
        return !word.isEmpty() && kind(word.codePointAt(0)) == HAN;
    }

    /** Whether {@code text} holds {@code word} as a whole word (a Han word may sit inside a longer Han run). */
    static boolean containsWord(String text, String word) {
        if (isHan(word)) {
            return text.contains(word);
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || kind(text.codePointBefore(at)) != OTHER_WORD;
            int end = at + word.length();
            boolean endsWord = end == text.length() || kind(text.codePointAt(end)) != OTHER_WORD;
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static final int HAN = 1;
    private static final int OTHER_WORD = 2;

    private static int kind(int codePoint) {
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            return HAN;
        }
        return Character.isLetterOrDigit(codePoint) ? OTHER_WORD : 0;
    }
}
