package io.kefu.nlu.internal.entities;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * An amount of money read from a message, with its currency when the shopper named one. The regex
 * pieces here are shared by {@link MoneyRule} and {@link PriceRangeRule} so that both read amounts
 * alike.
 */
record Amount(BigDecimal value, String currency) {

    private static final String PREFIX = "[¥￥$€]|rmb|cny|usd|us\\$";

    private static final String SUFFIX = "元|块钱|块|rmb|yuan|cny|刀|美元|美金|usd|dollars?|bucks|欧元|euros?|eur";

    /**
     * What may not follow a bare number for it to be money: it counts days, pieces, sizes, percent or
     * gigabytes instead ("3天", "2个", "8gb", "2 weeks").
     */
    static final String NOT_OTHER_UNIT = "(?![a-z%])(?!\\s*(?:[天日号月年周岁点个件台双条只部套瓶盒箱包袋份支本张副顶把对罐桶片根辆组提次楼层码寸斤克米分秒半倍折成期人位%]"
            + "|小时|钟|英寸|(?:days?|weeks?|months?|years?|hours?|minutes?|pcs|pieces?|items?|units?|pairs?|times|percent"
            + "|kg|g|gb|tb|mah|inch(?:es)?|cm|mm|people|stars?|points?)\\b))";

    /**
     * An amount whose groups are named {@code cur<id>}, {@code n<id>} and {@code unit<id>}, so that a
     * pattern can hold two of them.
     */
    static String pattern(String id) {
        return "(?:(?<cur" + id + ">" + PREFIX + ")\\s*|(?<![\\w.]))(?<n" + id + ">" + Numerals.NUMBER_BODY
                + ")(?:\\s*(?<unit" + id + ">" + SUFFIX + ")(?![a-z]))?";
    }

    /** The amount named {@code id} in {@code match}, or null when its number cannot be read. */
    static Amount of(MatchResult match, String id) {
        BigDecimal value = Numerals.parse(match.group("n" + id));
        if (value == null) {
            return null;
        }
        String currency = currencyOf(match.group("cur" + id));
        if (currency == null) {
            currency = currencyOf(match.group("unit" + id));
        }
        return new Amount(value, currency);
    }

    /** Whether the shopper said this is money, by a symbol or a unit. */
    boolean explicit() {
        return currency != null;
    }

    Number json() {
        return Numerals.toJson(value);
    }

    private static String currencyOf(String marker) {
        if (marker == null) {
            return null;
        }
        String m = marker.toLowerCase(Locale.ROOT);
        if (m.equals("$") || m.equals("us$") || m.equals("usd") || m.equals("刀") || m.startsWith("美")
                || m.startsWith("dollar") || m.equals("bucks")) {
            return "USD";
        }
        if (m.equals("€") || m.startsWith("eur") || m.equals("欧元")) {
            return "EUR";
        }
        return "CNY";
    }
}
