package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that point back at something the conversation already named, in Chinese and English: "the
 * other one" (另一个), an ordinal among what was listed (第二个, the second one), and "it / this
 * one" (它, 这个). Closed-class words of the two languages, not of any store: what they point to
 * comes from the conversation's memory.
 */
final class Referents {

    private static final Pattern OTHER = Pattern.compile(
            "另一个|另外一个|另一单|另外一单|另一笔|另外那个|另一件|其他的?订单|别的订单|\\bthe other\\b|\\bother (?:one|order|package|parcel)\\b"
                    + "|\\banother (?:one|order)\\b");
    private static final Pattern ORDINAL = Pattern.compile(
            "第\\s*([一二三四五12345])\\s*(?:个|单|笔|件)|\\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\\b(?: one| order)?"
                    + "|(最后一个|\\bthe last one\\b)");
    private static final Pattern IT = Pattern.compile("它|这个|这款|那个|这件|那款|这一款|\\bit\\b|\\bthis one\\b|\\bthat one\\b|\\bthis\\b");
    private static final List<String> ORDINAL_WORDS = List.of("一", "二", "三", "四", "五");
    private static final List<String> ENGLISH_ORDINALS = List.of("first", "second", "third", "fourth", "fifth");

    private static final Pattern ELLIPTICAL = Pattern.compile("^(?:那|那么|还有|那如果)|呢[？?！!。.\\s]*$|也[能可会要]|^(?:and|what about|how about|and what about)\\b");

    private Referents() {
    }

    /**
     * "那吸奶器呢", "那我买的进口奶粉也能开吗", "what about the red one": a message that leaves out what
     * it asks, because the question before it said it.
     */
    static boolean leavesOutTheQuestion(String text) {
        return ELLIPTICAL.matcher(text.strip().toLowerCase(Locale.ROOT)).find();
    }

    /** "那另一个订单呢", "what about the other one". */
    static boolean meansTheOther(String text) {
        return OTHER.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** "它", "this one": a product or order named before, when the message names none. */
    static boolean meansIt(String text) {
        return IT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The 0-based position an ordinal names ("第二个" → 1); {@code Integer.MAX_VALUE} for "the last one". */
    static Optional<Integer> ordinal(String text) {
        Matcher m = ORDINAL.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            return Optional.of(Integer.MAX_VALUE);
        }
        if (m.group(1) != null) {
            String word = m.group(1);
            int index = ORDINAL_WORDS.indexOf(word);
            return Optional.of(index >= 0 ? index : Integer.parseInt(word) - 1);
        }
        String word = m.group(2);
        int index = ENGLISH_ORDINALS.indexOf(word);
        return Optional.of(index >= 0 ? index : Character.getNumericValue(word.charAt(0)) - 1);
    }

    /** The item an ordinal picks out of a list, if the list is that long. */
    static <T> Optional<T> pick(List<T> items, int ordinal) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int index = ordinal == Integer.MAX_VALUE ? items.size() - 1 : ordinal;
        return index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }
}
