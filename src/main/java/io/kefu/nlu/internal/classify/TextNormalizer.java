package io.kefu.nlu.internal.classify;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts text in one canonical form before n-grams are taken, so that "ＯＲＤＥＲ", "Order" and
 * "order" or "，" and "," count as the same characters.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                // punctuation and spaces both only separate words; one marker keeps n-grams short
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        return space && end > 0 ? out.substring(0, end - 1) : out.toString();
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
