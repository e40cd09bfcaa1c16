package io.kefu.nlu.internal.entities;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds a price range: both ends ("500到800元", "500-800", "between 20 and 40 dollars"), an upper
 * bound ("800以内", "800块以下", "不超过1000", "under $50", "less than 100", "预算三百") or a lower
 * bound ("1000以上", "over 200"). Produces {@code priceRange: {min?, max?}}; the amounts are claimed,
 * so they are not reported as {@code money} too.
 */
final class PriceRangeRule implements EntityRule {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final String A = Amount.pattern("1");
    private static final String B = Amount.pattern("2");

    private static final Pattern BETWEEN = Pattern.compile(
            "\\bbetween\\s+" + A + "\\s+and\\s+" + B + Amount.NOT_OTHER_UNIT, FLAGS);

    private static final Pattern FROM_TO = Pattern.compile(
            A + "\\s*(?:到|至|-|~|—|–|\\bto\\b)\\s*" + B + Amount.NOT_OTHER_UNIT, FLAGS);

    private static final Pattern AT_MOST_BEFORE = Pattern.compile("(?:不要超过|别超过|不超过|不高于|不到|低于|少于|小于|最多|最高|顶多"
            + "|预算(?:只有|是|在|为|大概|大约)?|\\b(?:under|below|less than|no more than|not more than|at most|up to"
            + "|max(?:imum)?|cheaper than|lower than|within|no higher than|not over|budget(?:\\s+(?:is|of))?)\\b)\\s*"
            + A + Amount.NOT_OTHER_UNIT, FLAGS);

    private static final Pattern AT_MOST_AFTER = Pattern.compile(
            A + "\\s*(?:以内|之内|以下|之下|内(?![容外部])|\\bor (?:less|under|below)\\b|\\bmax\\b)", FLAGS);

    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("(?:超过|高于|大于|多于|至少|起码|最少|不低于|不少于"
            + "|\\b(?:over|above|more than|at least|greater than|higher than|starting (?:at|from)|no less than)\\b)\\s*"
            + A + Amount.NOT_OTHER_UNIT, FLAGS);

    private static final Pattern AT_LEAST_AFTER = Pattern.compile(
            A + "\\s*(?:以上|之上|起步|起|往上|\\bor (?:more|above|higher)\\b|\\band (?:up|above)\\b|\\+)", FLAGS);

    /** A bare "1-2" is rarely a price; real ranges without a currency are at least this high. */
    private static final BigDecimal MIN_BARE_RANGE_TOP = BigDecimal.TEN;

    @Override
    public void apply(MessageText text, FoundEntities found) {
        if (!text.hasNumber()) {
            return;
        }
        if (text.containsAnyWord("between")) {
            text.claimMatches(BETWEEN, m -> both(m, found, false));
        }
        if (text.containsAny("到至-~—–") || text.containsAnyWord("to")) {
            text.claimMatchesAt(FROM_TO, MatchStart.AMOUNT, m -> both(m, found, true));
        }
        if (text.containsAny("不别低少小最顶预") || text.hasLatin()) {
            text.claimMatchesAt(AT_MOST_BEFORE, MatchStart.keyword("不别低少小最顶预"), m -> bound(m, found, "max"));
        }
        if (text.containsAny("以之内") || text.containsAnyWord("or ", "max")) {
            text.claimMatchesAt(AT_MOST_AFTER, MatchStart.AMOUNT, m -> bound(m, found, "max"));
        }
        if (text.containsAny("超高大多至起最不") || text.hasLatin()) {
            text.claimMatchesAt(AT_LEAST_BEFORE, MatchStart.keyword("超高大多至起最不"), m -> bound(m, found, "min"));
        }
        if (text.containsAny("以之起往+") || text.containsAnyWord("or ", "and ")) {
            text.claimMatchesAt(AT_LEAST_AFTER, MatchStart.AMOUNT, m -> bound(m, found, "min"));
        }
    }

    private static boolean both(MatchResult m, FoundEntities found, boolean bareNeedsHeight) {
        Amount low = Amount.of(m, "1");
        Amount high = Amount.of(m, "2");
        if (low == null || high == null) {
            return false;
        }
        if (low.value().compareTo(high.value()) > 0) {
            Amount swap = low;
            low = high;
            high = swap;
        }
        boolean bare = !low.explicit() && !high.explicit();
        if (bare && bareNeedsHeight && high.value().compareTo(MIN_BARE_RANGE_TOP) < 0) {
            return false;
        }
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("min", low.json());
        range.put("max", high.json());
        found.put(EntityKinds.PRICE_RANGE, Map.copyOf(range), m.start());
        return true;
    }

    private static boolean bound(MatchResult m, FoundEntities found, String side) {
        Amount amount = Amount.of(m, "1");
        if (amount == null || amount.value().signum() <= 0) {
            return false;
        }
        found.put(EntityKinds.PRICE_RANGE, Map.of(side, amount.json()), m.start());
        return true;
    }
}
