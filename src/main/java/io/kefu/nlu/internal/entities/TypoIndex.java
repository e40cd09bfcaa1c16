package io.kefu.nlu.internal.entities;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the vocabulary words a typed word may be a typo of: one wrong, missing, extra or swapped
 * letter ("iphnoe", "samsng", "nikee"), keeping the first letter, which people rarely get wrong and
 * which keeps ordinary words apart from product words ("phone" is not "iphone", "late" not "mate").
 * Built by indexing every word under its one-letter deletions,
 * so a lookup costs a few dozen hash probes instead of a comparison with every word. Words shorter
 * than {@link #MIN_LENGTH} are matched exactly only: "pro" and "max" are one typo away from too much.
 * Immutable and thread-safe.
 */
final class TypoIndex {

    static final int MIN_LENGTH = 4;

    private static final int MAX_LENGTH = 30;

    private final Map<String, Set<String>> byDeletion = new HashMap<>();

    TypoIndex(Collection<String> vocabulary) {
        for (String word : vocabulary) {
            if (word.length() >= MIN_LENGTH && word.length() <= MAX_LENGTH) {
                for (String key : keys(word)) {
                    byDeletion.computeIfAbsent(key, k -> new HashSet<>()).add(word);
                }
            }
        }
    }

    /** Vocabulary words within one edit of {@code word}, {@code word} itself excluded; never null. */
    Set<String> near(String word) {
        if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || byDeletion.isEmpty()) {
            return Set.of();
        }
        Set<String> near = new HashSet<>();
        for (String key : keys(word)) {
            for (String candidate : byDeletion.getOrDefault(key, Set.of())) {
                if (!candidate.equals(word) && candidate.charAt(0) == word.charAt(0) && withinOneEdit(word, candidate)) {
                    near.add(candidate);
                }
            }
        }
        return near;
    }

    private static List<String> keys(String word) {
        String[] keys = new String[word.length() + 1];
        keys[0] = word;
        for (int i = 0; i < word.length(); i++) {
            keys[i + 1] = word.substring(0, i) + word.substring(i + 1);
        }
        return List.of(keys);
    }

    /** Optimal string alignment distance of at most one (adjacent swaps count as one edit). */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la || i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
