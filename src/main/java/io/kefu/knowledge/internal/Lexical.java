package io.kefu.knowledge.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Surface overlap of two questions: Dice coefficient of character bigrams (Chinese) and words
 * (other scripts). Complements the sentence vectors, which blur exact terms such as "发票" vs "收据".
 */
public final class Lexical {

    private Lexical() {
    }

    public static Set<String> features(String text) {
        String normalized = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", " ").trim();
        Set<String> features = new HashSet<>();
        for (String word : normalized.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i + 1 < word.length(); i++) {
                    features.add(word.substring(i, i + 2));
                }
                if (word.length() == 1) {
                    features.add(word);
                }
            }
            else {
                features.add(word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return features;
    }

    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String feature : a) {
            if (b.contains(feature)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    /** The share of {@code asked}'s features that {@code text} has too; 0 for an empty question. */
    public static double coverage(Set<String> asked, Set<String> text) {
        if (asked.isEmpty()) {
            return 0;
        }
        int covered = 0;
        for (String feature : asked) {
            if (text.contains(feature)) {
                covered++;
            }
        }
        return (double) covered / asked.size();
    }

    /** {@code en} when the text has no Chinese character, else {@code zh}. */
    public static String language(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }
}
