package io.kefu.llm.internal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a text: identifiers (order ids, SKUs, tracking numbers, dates written as
 * one token — anything mixing digits with letters or dashes) and numbers (prices, quantities,
 * windows), also written as Chinese numerals or English words before a unit ("七天", "seven
 * days"). Two texts state the same facts when their tokens match; a price of 99 and 99.00 are one.
 */
record FactTokens(Set<String> identifiers, Set<BigDecimal> numbers) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_\\-/.:]*[A-Za-z0-9]");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("(\\d{1,3})(?:,(\\d{3}))+(?!\\d)");
    /** Only before a unit of time or money: "一下" and "统一" state no number. */
    private static final Pattern CHINESE_COUNT = Pattern.compile("([零一二两三四五六七八九十百]+)(?=(?:个)?(?:天|日|小时|周|星期|月|年|元|块|折|件|次|%))");
    private static final Pattern ENGLISH_COUNT = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety)(?=[\\s-]+(?:day|hour|week|month|year|yuan|dollar|percent))");
    private static final Map<String, Integer> ENGLISH = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty-five", 45),
            Map.entry("sixty", 60), Map.entry("ninety", 90));
    private static final String DIGITS = "零一二三四五六七八九";

    static FactTokens of(String text) {
        String plain = spelledOut(text == null ? "" : text);
        Set<String> identifiers = new LinkedHashSet<>();
        Matcher id = IDENTIFIER.matcher(plain);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (id.find()) {
            String token = id.group();
            boolean mixed = token.chars().anyMatch(Character::isDigit) && !token.chars().allMatch(c -> Character.isDigit(c) || c == '.');
            if (mixed) {
                identifiers.add(token.toLowerCase(Locale.ROOT));
            }
            rest.append(plain, last, id.start()).append(' ');
            if (token.chars().noneMatch(Character::isLetter)) {
                // the numbers of a date count too: "2026-11-20" states the 20th as "11月20日" does
                rest.append(token.replaceAll("[^0-9.]", " ")).append(' ');
            }
            last = id.end();
        }
        rest.append(plain.substring(last));
        Set<BigDecimal> numbers = new LinkedHashSet<>();
        Matcher number = NUMBER.matcher(rest);
        while (number.find()) {
            numbers.add(new BigDecimal(number.group()).stripTrailingZeros());
        }
        return new FactTokens(identifiers, numbers);
    }

    /** The tokens of this text that {@code facts} do not state; empty when every one is supported. */
    Set<String> unsupportedBy(FactTokens facts) {
        Set<String> missing = new LinkedHashSet<>();
        identifiers.stream().filter(token -> !facts.identifiers.contains(token) && !numericallyStated(token, facts)).forEach(missing::add);
        numbers.stream().filter(number -> !facts.numbers.contains(number)).map(BigDecimal::toPlainString).forEach(missing::add);
        return missing;
    }

    /** "2026-11-20" or "99.00元" against facts stating the same numbers: a date or price written another way. */
    private static boolean numericallyStated(String token, FactTokens facts) {
        if (token.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        return NUMBER.matcher(token).results().map(m -> new BigDecimal(m.group()).stripTrailingZeros()).allMatch(facts.numbers::contains);
    }

    private static String spelledOut(String text) {
        String plain = GROUPED.matcher(text).replaceAll(match -> match.group().replace(",", ""));
        plain = CHINESE_COUNT.matcher(plain).replaceAll(match -> Integer.toString(chinese(match.group(1))));
        return ENGLISH_COUNT.matcher(plain).replaceAll(match -> Integer.toString(ENGLISH.get(match.group(1).toLowerCase(Locale.ROOT))));
    }

    /** 七 → 7, 十五 → 15, 三十 → 30, 一百二十 → 120, 两 → 2. */
    static int chinese(String numeral) {
        int total = 0;
        int digit = 0;
        for (char c : numeral.replace('两', '二').toCharArray()) {
            int value = DIGITS.indexOf(c);
            if (value >= 0) {
                digit = value;
            }
            else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return total + digit;
    }
}
