package io.kefu.nlu.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known phrases (brands, categories, attribute values) in a message by exact lookup of its
 * substrings, longest first. A phrase that begins or ends with a Latin letter or digit must stand as
 * a word there, so "apple" is not found in "pineapple", while Chinese phrases match anywhere.
 * Immutable and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

    record Found<T>(int start, int end, T value) {
    }

    private static final int MAX_PHRASE_LENGTH = 24;

    private final Map<String, T> phrases = new HashMap<>();
    private final Set<Character> firstChars = new HashSet<>();
    private int longest;

    /** Adds a lower-cased phrase unless it is already there; the first value given wins. */
    void add(String phrase, T value) {
        if (phrase.length() < 2 || phrase.length() > MAX_PHRASE_LENGTH || phrases.containsKey(phrase)) {
            return;
        }
        phrases.put(phrase, value);
        firstChars.add(phrase.charAt(0));
        longest = Math.max(longest, phrase.length());
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Non-overlapping occurrences in a lower-cased text, in order. */
    List<Found<T>> findIn(String lower) {
        List<Found<T>> found = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int matchedEnd = -1;
            if (firstChars.contains(lower.charAt(i)) && startsWord(lower, i)) {
                for (int end = Math.min(n, i + longest); end >= i + 2; end--) {
                    T value = phrases.get(lower.substring(i, end));
                    if (value != null && endsWord(lower, end)) {
                        found.add(new Found<>(i, end, value));
                        matchedEnd = end;
                        break;
                    }
                }
            }
            i = matchedEnd > 0 ? matchedEnd : i + 1;
        }
        return found;
    }

    private static boolean startsWord(String text, int i) {
        return i == 0 || !isWordChar(text.charAt(i)) || !isWordChar(text.charAt(i - 1));
    }

    private static boolean endsWord(String text, int end) {
        return end == text.length() || !isWordChar(text.charAt(end - 1)) || !isWordChar(text.charAt(end));
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
