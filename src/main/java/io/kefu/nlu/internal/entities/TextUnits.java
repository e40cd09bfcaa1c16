package io.kefu.nlu.internal.entities;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into the units product names are compared by: Latin words and digit runs, split where
 * letters meet digits ("iPhone15" and "iPhone 15" both give "iphone", "15"), and overlapping
 * character bigrams of Chinese runs, which tolerate partial names and a wrong character ("降燥耳机"
 * still shares "耳机" with "降噪耳机") without a word segmenter.
 */
final class TextUnits {

    private TextUnits() {
    }

    static boolean isDigits(String unit) {
        return !unit.isEmpty() && Character.isDigit(unit.charAt(0));
    }

    static boolean isLatin(String unit) {
        return !unit.isEmpty() && unit.charAt(0) < 0x80 && Character.isLetter(unit.charAt(0));
    }

    /** The units of {@code text} in order, lower-cased; repeated units appear repeatedly. */
    static List<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> units = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            int kind = kind(c);
            if (kind == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && kind(lower.charAt(end)) == kind) {
                end++;
            }
            if (kind == HAN) {
                addBigrams(lower, i, end, units);
            } else {
                units.add(lower.substring(i, end));
            }
            i = end;
        }
        return units;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?<![a-z0-9.])(?:[a-z]+[0-9]+[a-z]*|[0-9]+[a-z]+)(?![a-z0-9])");

    /**
     * The model codes and sizes written as one token ("S8", "X10", "510L", "6L"), lower-cased: units of
     * their own besides the letters and digits they split into, because together they name one
     * product of a line where each part alone names many.
     */
    static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        java.util.regex.Matcher m = CODE.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }

    private static final int LATIN = 1;
    private static final int DIGIT = 2;
    private static final int HAN = 3;

    private static int kind(char c) {
        if (c >= 'a' && c <= 'z') {
            return LATIN;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c >= 0x2E80 && Character.UnicodeScript.of(c) == UnicodeScript.HAN) {
            return HAN;
        }
        return 0;
    }

    private static void addBigrams(String text, int start, int end, List<String> units) {
        if (end - start == 1) {
            units.add(text.substring(start, end));
            return;
        }
        for (int i = start; i + 2 <= end; i++) {
            units.add(text.substring(i, i + 2));
        }
    }
}
