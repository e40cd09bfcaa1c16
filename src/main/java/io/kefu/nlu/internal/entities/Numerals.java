package io.kefu.nlu.internal.entities;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the numbers shoppers type: Arabic ("1,299.50"), Chinese ("三百", "两千五", "一万五"), mixed
 * ("3千", "1.5万"), the colloquial "5k"/"2w", and small English number words ("two", "a dozen").
 * Returns null for anything else rather than guessing.
 */
final class Numerals {

    /**
     * A number as it appears in text, without the boundary before it (see {@link #NUMBER}). Possessive
     * so that "30天" can never be read as "3" followed by "0天".
     */
    static final String NUMBER_BODY = "(?:\\d{1,3}+(?:,\\d{3})++(?:\\.\\d++)?+|\\d++(?:\\.\\d++)?+"
            + "(?:\\s?[千万](?![零一二两三四五六七八九十百千万])|(?-i:[kKw])(?![a-zA-Z]))?+|[零一二两三四五六七八九十百千万]++)";

    /** A number not glued to letters or digits before it: "iPhone15" and "E1001" hold no amounts. */
    static final String NUMBER = "(?<![\\w.])" + NUMBER_BODY;

    static final String CHINESE_NUMERAL_CHARS = "零一二两三四五六七八九十百千万";

    static final String ENGLISH_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|"
            + "a dozen|a|an)";

    private static final String CHINESE_DIGITS = "零一二三四五六七八九";

    private static final Map<Character, Integer> CHINESE_UNITS = Map.of('十', 10, '百', 100, '千', 1000);

    private static final Map<String, Integer> ENGLISH = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("a couple of", 2), Map.entry("a dozen", 12));

    private Numerals() {
    }

    /** Parses a match of {@link #NUMBER} or an English number word; null when it is not a number. */
    static BigDecimal parse(String token) {
        if (token == null) {
            return null;
        }
        String t = token.strip().toLowerCase();
        if (t.isEmpty()) {
            return null;
        }
        Integer word = ENGLISH.get(t);
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        char first = t.charAt(0);
        if (Character.isDigit(first)) {
            return parseArabic(t);
        }
        return parseChinese(t);
    }

    /** Parses and narrows to an int, or null when absent, fractional or out of range. */
    static Integer parseInt(String token) {
        BigDecimal value = parse(token);
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return value.intValue();
    }

    /** Whole numbers as Long, others as Double: what a JSON consumer expects of money. */
    static Number toJson(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return stripped.longValue();
        }
        return value.doubleValue();
    }

    private static BigDecimal parseArabic(String t) {
        BigDecimal multiplier = BigDecimal.ONE;
        char last = t.charAt(t.length() - 1);
        String digits = t;
        if (last == '千' || last == 'k') {
            multiplier = BigDecimal.valueOf(1000);
        } else if (last == '万' || last == 'w') {
            multiplier = BigDecimal.valueOf(10000);
        }
        if (multiplier != BigDecimal.ONE) {
            digits = t.substring(0, t.length() - 1).strip();
        }
        try {
            return new BigDecimal(digits.replace(",", "")).multiply(multiplier);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Positional Chinese numerals. A trailing digit after a unit is that unit's tenth, as people say
     * it: "两千五" is 2500, "一万五" 15000.
     */
    private static BigDecimal parseChinese(String t) {
        char first = t.charAt(0);
        if (first == '百' || first == '千' || first == '万') {
            return null; // "万一" means "in case", and nobody writes a number starting with these
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        long lastUnit = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            Integer d = c == '两' ? Integer.valueOf(2) : CHINESE_DIGITS.indexOf(c) >= 0 ? CHINESE_DIGITS.indexOf(c) : null;
            if (d != null && d == 0) {
                lastUnit = 1; // after "零" a digit stands for itself: "一百零五" is 105, not 150
            }
            if (d != null) {
                if (digit >= 0 && digit != 0 && d != 0) {
                    return null; // "三五" is a range of guesses, not a number
                }
                digit = d;
                continue;
            }
            Integer unit = CHINESE_UNITS.get(c);
            if (unit != null) {
                section += (digit < 0 ? 1 : digit) * unit;
                lastUnit = unit;
                digit = -1;
            } else if (c == '万') {
                section += Math.max(digit, 0);
                total = (total + (section == 0 ? 1 : section)) * 10000;
                section = 0;
                lastUnit = 10000;
                digit = -1;
            } else {
                return null;
            }
        }
        if (digit > 0) {
            section += lastUnit >= 10 ? digit * lastUnit / 10 : digit;
        }
        return BigDecimal.valueOf(total + section);
    }
}
