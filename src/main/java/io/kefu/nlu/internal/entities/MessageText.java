package io.kefu.nlu.internal.entities;

import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message as the entity rules see it: normalised once, and with every span a rule has already
 * turned into an entity blanked out, so that the same digits are never read twice (an order id is
 * not also an amount, a phone number not also an order id). Not thread-safe: one per extraction.
 */
final class MessageText {

    /** Stands in for claimed characters: not a letter, digit or space, so it also ends words and numbers. */
    static final char CLAIMED = '\u0001';

    private final String normalized;
    private final char[] remaining;
    private String remainingView;

    MessageText(String text) {
        this.normalized = normalize(text);
        this.remaining = normalized.toCharArray();
        this.remainingView = normalized;
    }

    /** The whole normalised message, claimed parts included. */
    String full() {
        return normalized;
    }

    /** The message with claimed spans blanked out; offsets are the same as in {@link #full()}. */
    String remaining() {
        return remainingView;
    }

    void claim(int start, int end) {
        for (int i = start; i < end; i++) {
            remaining[i] = CLAIMED;
        }
        remainingView = new String(remaining);
    }

    /**
     * Offers each match of {@code pattern} in the unclaimed text to {@code accept}; a match it accepts
     * is claimed, so later patterns and rules no longer see it.
     */
    void claimMatches(Pattern pattern, Predicate<MatchResult> accept) {
        Matcher matcher = pattern.matcher(remainingView);
        while (matcher.find()) {
            MatchResult match = matcher.toMatchResult();
            if (accept.test(match)) {
                claim(match.start(), match.end());
            }
        }
    }

    /**
     * Full-width forms become ASCII ("１２３", "＄", "：") and line breaks spaces, char for char, so
     * that one set of patterns serves every keyboard and offsets stay those of the original.
     */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\n' || c == '\r' || c == '\t' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c == CLAIMED) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
