package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs said as a measure of the one who will use the product ("宝宝8个月", "for a 3-year-old", "7公斤",
 * "20平的卧室", "一家五口") and the ranges products state for it in their attribute values
 * ({@code ageRange: "6-12个月"}, {@code suitableWeightKg: "4-8"}, {@code suitableArea: "15-22㎡"},
 * {@code suitableFor: "3-4人"}). A product whose range holds the measure fits; one whose ranges of
 * that kind all miss it does not. Units and number words of Chinese and English, not of a store.
 */
final class Measures {

    /** What a measure measures, in one unit: age in months, weight in kg, area in m², people. */
    enum Dimension { AGE_MONTHS, WEIGHT_KG, AREA_M2, PEOPLE }

    /** A measure or a range of one dimension; a single measure has low == high. */
    record Measure(Dimension dimension, double low, double high) {

        boolean holds(Measure asked) {
            return asked.dimension == dimension && asked.low >= low - 1e-9 && asked.high <= high + 1e-9;
        }
    }

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十半]+|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\\b)";
    private static final Pattern AGE = Pattern.compile(NUMBER + "\\s*(?:个多月|个半月|个月|月龄|周岁|岁半|岁|[- ]?months?(?:[- ]old)?|[- ]?(?:years?|yrs?)(?:[- ]old)?|[- ]?yo\\b)");
    private static final Pattern NEWBORN = Pattern.compile("新生儿|刚出生|初生|newborn|new-born");
    private static final Pattern WEIGHT = Pattern.compile(NUMBER + "\\s*(公斤|千克|kg|kgs|斤)(?![a-z])");
    private static final Pattern AREA = Pattern.compile(NUMBER + "\\s*(?:平米|平方米|平方|平(?![时常安价衡板底])|㎡|m2|sqm|square met(?:er|re)s?)");
    private static final Pattern PEOPLE = Pattern.compile("(?:一家|家里|家有)?" + NUMBER + "\\s*(?:口之家|口人|个人|人(?:家|份|用|吃|住)|people|persons?)"
            + "|family of " + NUMBER);

    private static final Pattern RANGE = Pattern.compile("^[≤<]?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:(个月|岁|months?|years?|kg|㎡|m2|人)?\\s*(?:-|~|～|至|到)\\s*"
            + "(\\d+(?:\\.\\d+)?))?\\s*(个月|岁|months?|years?|kg|㎡|m2|人)?\\s*(以上|及以上|起|\\+|or older|and up)?");

    private Measures() {
    }

    /** The measures a request states, each as one value; empty when it states none. */
    static List<Measure> asked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Measure> measures = new ArrayList<>();
        if (NEWBORN.matcher(lower).find()) {
            measures.add(new Measure(Dimension.AGE_MONTHS, 0, 0));
        }
        Matcher age = AGE.matcher(lower);
        while (age.find()) {
            Double n = number(age.group(1));
            if (n != null) {
                String unit = age.group().substring(age.group(1).length());
                boolean years = unit.contains("岁") || unit.contains("year") || unit.contains("yr") || unit.contains("yo");
                double months = years ? n * 12 + (unit.contains("岁半") ? 6 : 0) : n + (unit.contains("半") || unit.contains("多") ? 0.5 : 0);
                measures.add(new Measure(Dimension.AGE_MONTHS, months, months));
            }
        }
        Matcher weight = WEIGHT.matcher(lower);
        while (weight.find()) {
            Double n = number(weight.group(1));
            if (n != null) {
                double kg = "斤".equals(weight.group(2)) ? n / 2 : n;
                measures.add(new Measure(Dimension.WEIGHT_KG, kg, kg));
            }
        }
        Matcher area = AREA.matcher(lower);
        while (area.find()) {
            Double n = number(area.group(1));
            if (n != null && n >= 3) {
                measures.add(new Measure(Dimension.AREA_M2, n, n));
            }
        }
        Matcher people = PEOPLE.matcher(lower);
        while (people.find()) {
            Double n = number(people.group(1) != null ? people.group(1) : people.group(2));
            if (n != null && n >= 1 && n <= 20) {
                measures.add(new Measure(Dimension.PEOPLE, n, n));
            }
        }
        return measures;
    }

    /** The request without the measures it states: "8个月" is no word a product's text should share. */
    static String without(String text) {
        String rest = text.toLowerCase(Locale.ROOT);
        for (Pattern measure : List.of(NEWBORN, AGE, WEIGHT, AREA, PEOPLE)) {
            rest = measure.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    /**
     * The range an attribute value states ("6-12个月", "0岁以上（新生儿可用）", "≤150㎡", "1-2人 / 租房",
     * "6 months+"); a bare range ("4-8") takes its unit from the key ({@code suitableWeightKg}).
     */
    static Optional<Measure> offered(String key, Object value) {
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        Matcher m = RANGE.matcher(text);
        if (!m.find() || m.group(1) == null) {
            return Optional.empty();
        }
        String unit = m.group(4) != null ? m.group(4) : m.group(2);
        Optional<Dimension> dimension = unit != null ? dimension(unit) : dimensionOfKey(key);
        boolean lessThan = text.startsWith("≤") || text.startsWith("<");
        boolean openEnded = m.group(5) != null;
        // a single value ("保质期 18个月") is no range of users
        if (dimension.isEmpty() || m.group(3) == null && !openEnded && !lessThan) {
            return Optional.empty();
        }
        double scale = dimension.get() == Dimension.AGE_MONTHS && (unit != null && (unit.startsWith("岁") || unit.startsWith("year"))) ? 12 : 1;
        double low = Double.parseDouble(m.group(1)) * scale;
        double high = m.group(3) != null ? Double.parseDouble(m.group(3)) * scale : openEnded ? Double.MAX_VALUE : low;
        if (lessThan) {
            high = low;
            low = 0;
        }
        // "0-36个月" reaches to the end of the 36th month; "12-36个月" holds 36.5 as well
        return Optional.of(new Measure(dimension.get(), low, high == Double.MAX_VALUE ? high : high + 0.99));
    }

    private static Optional<Dimension> dimension(String unit) {
        if (unit.startsWith("个月") || unit.startsWith("岁") || unit.startsWith("month") || unit.startsWith("year")) {
            return Optional.of(Dimension.AGE_MONTHS);
        }
        if (unit.equals("kg")) {
            return Optional.of(Dimension.WEIGHT_KG);
        }
        if (unit.equals("㎡") || unit.equals("m2")) {
            return Optional.of(Dimension.AREA_M2);
        }
        return unit.equals("人") ? Optional.of(Dimension.PEOPLE) : Optional.empty();
    }

    private static Optional<Dimension> dimensionOfKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.contains("weight") && lower.endsWith("kg")) {
            return Optional.of(Dimension.WEIGHT_KG);
        }
        if (lower.contains("age") && lower.endsWith("months")) {
            return Optional.of(Dimension.AGE_MONTHS);
        }
        return Optional.empty();
    }

    private static final List<String> ENGLISH = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");

    private static Double number(String word) {
        if (word.matches("\\d+(?:\\.\\d+)?")) {
            return Double.parseDouble(word);
        }
        if (word.equals("a") || word.equals("an")) {
            return 1.0;
        }
        int english = ENGLISH.indexOf(word);
        if (english >= 0) {
            return (double) english;
        }
        if (word.equals("半")) {
            return 0.5;
        }
        String digits = "零一二三四五六七八九";
        double value = 0;
        double current = 0;
        for (char c : word.replace('两', '二').toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                current = d;
            }
            else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '半') {
                current += 0.5;
            }
            else {
                return null;
            }
        }
        return value + current;
    }
}
