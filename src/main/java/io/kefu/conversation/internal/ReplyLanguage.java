package io.kefu.conversation.internal;

import java.util.regex.Pattern;

/**
 * The language to answer in. The customer's language wins, but a message that carries no language
 * of its own — an order number, "ok", an emoji — keeps the conversation's language, so tapping an
 * order id in a Chinese chat does not switch the bot to English.
 */
final class ReplyLanguage {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WORD_WITHOUT_DIGITS = Pattern.compile("(?<![\\p{Alnum}])\\p{IsLatin}{2,}(?![\\p{Alnum}])");
    private static final int LETTERS_TO_COUNT = 4;

    private ReplyLanguage() {
    }

    static String choose(String detected, String text, String conversationLanguage) {
        if (HAN.matcher(text).find()) {
            return "zh";
        }
        int letters = WORD_WITHOUT_DIGITS.matcher(text).results().mapToInt(match -> match.group().length()).sum();
        if (letters < LETTERS_TO_COUNT) {
            return conversationLanguage;
        }
        return "en".equals(detected) ? "en" : conversationLanguage;
    }
}
