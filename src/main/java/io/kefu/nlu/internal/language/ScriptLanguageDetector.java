package io.kefu.nlu.internal.language;

import java.lang.Character.UnicodeScript;

import io.kefu.nlu.internal.LanguageDetection;

/**
 * Tells Chinese from English by the scripts a message is written in: Han characters make it Chinese,
 * Latin words make it English, and a Chinese message carrying real English words ("我的order到哪了")
 * is mixed. Digits, punctuation, emoji and symbols carry no language and are ignored.
 *
 * <p>Short Latin tokens inside Chinese text are usually not English but pinyin abbreviations,
 * sizes or model names ("找kf", "XL码", "5G"), so they do not make a Chinese message mixed; on
 * their own ("kf") they are the only evidence there is and count as English. Pure and thread-safe.
 */
public final class ScriptLanguageDetector implements LanguageDetection {

    /** Latin words shorter than this inside Chinese text are read as abbreviations, not English. */
    private static final int MIN_ENGLISH_WORD_IN_CHINESE = 3;

    /** Long messages are judged by their beginning; the language does not change mid-way often enough to pay for more. */
    private static final int MAX_SCANNED_CHARS = 4000;

    private final String fallback;

    /** Messages without any letters (digits, "？？？", emoji) fall back to Chinese, the store's default. */
    public ScriptLanguageDetector() {
        this("zh");
    }

    /** @param fallback the language of a message that has no letters at all: {@code zh} or {@code en} */
    public ScriptLanguageDetector(String fallback) {
        if (!"zh".equals(fallback) && !"en".equals(fallback)) {
            throw new IllegalArgumentException("fallback language must be zh or en, was " + fallback);
        }
        this.fallback = fallback;
    }

    /** Never returns null: {@code zh}, {@code en} or {@code mixed}. */
    @Override
    public String detect(String text) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        int end = Math.min(text.length(), MAX_SCANNED_CHARS);
        int hanChars = 0;
        int latinWords = 0;
        int englishWords = 0;
        int i = 0;
        while (i < end) {
            int cp = text.codePointAt(i);
            if (isHan(cp)) {
                hanChars++;
                i += Character.charCount(cp);
            } else if (isLatinLetter(cp)) {
                int wordEnd = endOfLatinWord(text, i, end);
                latinWords++;
                if (wordEnd - i >= MIN_ENGLISH_WORD_IN_CHINESE && !touchesDigit(text, i, wordEnd)) {
                    englishWords++;
                }
                i = wordEnd;
            } else {
                i += Character.charCount(cp);
            }
        }
        if (hanChars == 0) {
            return latinWords > 0 ? "en" : fallback;
        }
        return englishWords > 0 ? "mixed" : "zh";
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == UnicodeScript.HAN;
    }

    private static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == UnicodeScript.LATIN;
    }

    private static int endOfLatinWord(String text, int start, int end) {
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            // "don't" and "e-mail" are one word, not two
            boolean joiner = (cp == '\'' || cp == '-') && i + 1 < end && isLatinLetter(text.codePointAt(i + 1));
            if (!isLatinLetter(cp) && !joiner) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Letters glued to digits are codes ("KF2026", "64GB", "P60"), not words of any language. */
    private static boolean touchesDigit(String text, int start, int end) {
        return (start > 0 && Character.isDigit(text.charAt(start - 1)))
                || (end < text.length() && Character.isDigit(text.charAt(end)));
    }
}
