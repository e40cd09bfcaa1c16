package io.kefu.nlu.internal.entities;

import java.util.Locale;
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
    private boolean stale;
    private final int digits;
    private final boolean latin;
    private String lower;

    MessageText(String text) {
        this.normalized = normalize(text);
        this.remaining = normalized.toCharArray();
        this.remainingView = normalized;
        int digitCount = 0;
        boolean anyLatin = false;
        for (char c : remaining) {
            if (c >= '0' && c <= '9') {
                digitCount++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                anyLatin = true;
            }
        }
        this.digits = digitCount;
        this.latin = anyLatin;
    }

    /*
     * Rules ask these before running their patterns: most messages have no digits or no English, and
     * a pattern that cannot match is far cheaper to skip than to run.
     */

    int digitCount() {
        return digits;
    }

    boolean hasDigit() {
        return digits > 0;
    }

    boolean hasLatin() {
        return latin;
    }

    /** Whether the message holds any of {@code words}, ignoring case. */
    boolean containsAnyWord(String... words) {
        if (!latin) {
            return false;
        }
        if (lower == null) {
            lower = normalized.toLowerCase(Locale.ROOT);
        }
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Digits or Chinese numerals: what every amount, count and size needs. */
    boolean hasNumber() {
        return digits > 0 || containsAny(Numerals.CHINESE_NUMERAL_CHARS);
    }

    /** Whether the message holds any of {@code chars}; lets a rule skip patterns that cannot match. */
    boolean containsAny(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (normalized.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The whole normalised message, claimed parts included. */
    String full() {
        return normalized;
    }

    /** The message with claimed spans blanked out; offsets are the same as in {@link #full()}. */
    String remaining() {
        if (stale) {
            remainingView = new String(remaining);
            stale = false;
        }
        return remainingView;
    }

    void claim(int start, int end) {
        for (int i = start; i < end; i++) {
            remaining[i] = CLAIMED;
        }
        stale = true;
    }

    /**
     * Offers each match of {@code pattern} in the unclaimed text to {@code accept}; a match it accepts
     * is claimed, so later patterns and rules no longer see it.
     */
    void claimMatches(Pattern pattern, Predicate<MatchResult> accept) {
        // matches of one pattern never overlap, so claiming while iterating the snapshot is safe
        Matcher matcher = pattern.matcher(remaining());
        while (matcher.find()) {
            MatchResult match = matcher.toMatchResult();
            if (accept.test(match)) {
                claim(match.start(), match.end());
            }
        }
    }

    /**
     * Like {@link #claimMatches}, but tries the pattern only where {@code start} says it can begin,
     * which keeps long messages fast. Look-behinds still see the text before each start.
     */
    void claimMatchesAt(Pattern pattern, MatchStart start, Predicate<MatchResult> accept) {
        String view = remaining();
        Matcher matcher = pattern.matcher(view).useTransparentBounds(true).useAnchoringBounds(false);
        int n = view.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (i < from || !start.test(view, i)) {
                continue;
            }
            matcher.region(i, n);
            if (matcher.lookingAt()) {
                MatchResult match = matcher.toMatchResult();
                if (accept.test(match)) {
                    claim(match.start(), match.end());
                    from = match.end();
                }
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
