package io.kefu.nlu.internal.entities;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds how many items the shopper means: a number with a Chinese measure word ("两件", "3个",
 * "一双"), with an English unit ("2 pieces", "three boxes", "a pair", "a dozen") or a multiplier
 * ("x2", "×3"). "一个" alone is left out: in Chinese it is as often an article ("有一个问题") as a
 * count, and one is what a shopper buys anyway. "第二件" is an ordinal, not a count.
 */
final class QuantityRule implements EntityRule {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final int MAX_QUANTITY = 9999;

    private static final String MEASURE_WORDS = "件个台双条只部套瓶盒箱包袋份支本张副顶把对罐桶片根辆组提听";

    private static final Pattern CHINESE = Pattern.compile("(?<!第)(" + Numerals.NUMBER + ")\\s*([" + MEASURE_WORDS + "])", FLAGS);

    private static final Pattern ENGLISH = Pattern.compile("\\b(\\d{1,4}|" + Numerals.ENGLISH_WORD
            + ")\\s+(?:more\\s+)?(pieces?|pcs|items?|units?|pairs?|sets?|box(?:es)?|bottles?|packs?|bags?"
            + "|of (?:them|these|those|it))\\b", FLAGS);

    private static final Pattern GLUED_UNIT = Pattern.compile("(?<![\\w.])(\\d{1,4})(pcs|pc)\\b", FLAGS);

    // Lower-case only: "x2" is two pieces, "X9" is a model name.
    private static final Pattern MULTIPLIER = Pattern.compile("(?<![\\w.])[x×*]\\s?(\\d{1,4})(?![\\w.])");

    @Override
    public void apply(MessageText text, FoundEntities found) {
        if (text.hasNumber() && text.containsAny(MEASURE_WORDS)) {
            text.claimMatchesAt(CHINESE, MatchStart.NUMBER, m -> !(m.group(2).equals("个") && isOne(m.group(1))) && put(m.group(1), m, found));
        }
        if (text.hasLatin()) {
            text.claimMatches(ENGLISH, m -> put(m.group(1), m, found));
        }
        if (text.hasDigit()) {
            text.claimMatches(GLUED_UNIT, m -> put(m.group(1), m, found));
            text.claimMatches(MULTIPLIER, m -> put(m.group(1), m, found));
        }
    }

    private static boolean isOne(String number) {
        Integer n = Numerals.parseInt(number);
        return n != null && n == 1;
    }

    private static boolean put(String number, MatchResult m, FoundEntities found) {
        Integer n = Numerals.parseInt(number);
        if (n == null || n < 1 || n > MAX_QUANTITY) {
            return false;
        }
        found.put(EntityKinds.QUANTITY, n, m.start());
        return true;
    }
}
