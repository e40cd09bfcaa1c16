package io.kefu.nlu.internal.entities;

/**
 * Where a pattern can begin. Running a regular expression from every position of a long message is
 * what makes extraction slow; most patterns can only begin at a number, a currency sign or one of a
 * few keywords, so {@link MessageText#claimMatchesAt} tries them there only.
 */
@FunctionalInterface
interface MatchStart {

    boolean test(String text, int i);

    /** The first character of a number: a digit or Chinese numeral not preceded by another. */
    MatchStart NUMBER = (text, i) -> isNumeral(text.charAt(i)) && (i == 0 || !isNumeral(text.charAt(i - 1)));

    /** A number, a currency sign, or a word that may be a currency ("rmb", "usd", "cny"). */
    MatchStart AMOUNT = (text, i) -> {
        char c = text.charAt(i);
        return NUMBER.test(text, i) || c == '¥' || c == '￥' || c == '$' || c == '€'
                || ("rRcCuU".indexOf(c) >= 0 && (i == 0 || !isLatin(text.charAt(i - 1))));
    };

    /** One of the given characters (first characters of Chinese keywords), or the start of a Latin word. */
    static MatchStart keyword(String firstChars) {
        return (text, i) -> {
            char c = text.charAt(i);
            return firstChars.indexOf(c) >= 0 || (isLatin(c) && (i == 0 || !isLatin(text.charAt(i - 1))));
        };
    }

    private static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || Numerals.CHINESE_NUMERAL_CHARS.indexOf(c) >= 0;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
