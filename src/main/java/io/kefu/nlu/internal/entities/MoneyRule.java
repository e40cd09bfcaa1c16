package io.kefu.nlu.internal.entities;

import java.math.BigDecimal;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds an amount of money: marked by a currency ("¥99", "$49.99", "99元", "四十块", "50 bucks"), or
 * bare after words that can only mean money ("付了299", "paid 300", "800左右"). Runs after the
 * price-range rule, which claims amounts that are bounds. A bare number without such words ("三百")
 * is not money: it is just as often a quantity, a model or a size.
 */
final class MoneyRule implements EntityRule {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final String A = Amount.pattern("1");

    private static final Pattern MARKED = Pattern.compile(A, FLAGS);

    private static final Pattern AFTER_MONEY_WORD = Pattern.compile("(?:付了|付款|支付了?|花了|退我|退款|扣了|扣款|收了|价格是?|售价"
            + "|价钱|标价|金额是?|总价|合计|一共|总共|大概|大约|差不多|\\b(?:paid|charged|cost|costs|price is|priced at|"
            + "refund(?:ed)?(?: me)?|total(?: is| of)?|amount(?: is| of)?|around|about|approximately|roughly)\\b)"
            + "\\s*(?:[:是为]\\s*)?" + A + Amount.NOT_OTHER_UNIT, FLAGS);

    /** "49.99" with two decimals is a price in any language, even without a currency. */
    private static final Pattern TWO_DECIMALS = Pattern.compile(
            "(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+|\\d{1,7})\\.\\d{2}(?![\\d.])" + Amount.NOT_OTHER_UNIT, FLAGS);

    private static final Pattern BEFORE_ABOUT = Pattern.compile(A + "\\s*(?:左右|上下)", FLAGS);

    @Override
    public void apply(MessageText text, FoundEntities found) {
        if (!text.hasNumber()) {
            return;
        }
        if (text.containsAny("¥￥$€元块刀美欧") || text.containsAnyWord("rmb", "cny", "usd", "yuan", "dollar", "buck", "eur")) {
            text.claimMatchesAt(MARKED, MatchStart.AMOUNT, m -> {
                Amount amount = Amount.of(m, "1");
                return amount != null && amount.explicit() && put(amount, m, found);
            });
        }
        if (text.containsAny("付支花退扣收价售标金总合一大差") || text.hasLatin()) {
            text.claimMatchesAt(AFTER_MONEY_WORD, MatchStart.keyword("付支花退扣收价售标金总合一大差"), m -> put(Amount.of(m, "1"), m, found));
        }
        if (text.containsAny(".")) {
            text.claimMatchesAt(TWO_DECIMALS, MatchStart.NUMBER, m -> put(new Amount(
                    new BigDecimal(m.group().replace(",", "")), null), m, found));
        }
        if (text.containsAny("左上")) {
            text.claimMatchesAt(BEFORE_ABOUT, MatchStart.AMOUNT, m -> put(Amount.of(m, "1"), m, found));
        }
    }

    private static boolean put(Amount amount, MatchResult m, FoundEntities found) {
        if (amount == null) {
            return false;
        }
        found.put(EntityKinds.MONEY, amount.json(), m.start());
        if (amount.explicit()) {
            found.put(EntityKinds.CURRENCY, amount.currency(), m.start());
        }
        return true;
    }
}
