package io.kefu.insight.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a topic by the terms that set its messages apart from everything customers wrote in the
 * period (tf-idf of the topic against all messages): words that everyone uses ("订单", "the")
 * score low without a stop-word list, so it works for any store. Chinese terms are character
 * pairs, English terms words.
 */
final class TopicLabels {

    private static final Pattern TERM = Pattern.compile("\\p{IsHan}{2,}|[\\p{IsLatin}]{3,}");
    private static final int TERMS = 2;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    /** @param background every customer message of the period, the topic's among them */
    TopicLabels(List<String> background) {
        for (String text : background) {
            features(text).stream().distinct().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        this.documents = background.size();
    }

    /** The topic's most characteristic terms, best first, overlapping ones left out; never null. */
    List<String> characteristic(List<String> texts) {
        Map<String, Double> scores = new HashMap<>();
        for (String text : texts) {
            for (String term : new HashSet<>(terms(text))) {
                scores.merge(term, idf(term), Double::sum);
            }
        }
        List<String> ranked = scores.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey).toList();
        List<String> chosen = new ArrayList<>();
        for (String term : ranked) {
            if (chosen.size() == TERMS) {
                break;
            }
            if (chosen.stream().noneMatch(other -> overlaps(other, term))) {
                chosen.add(term);
            }
        }
        return chosen;
    }

    /** How rare the term is among the period's messages; terms never seen weigh most. */
    double idf(String term) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0));
    }

    /** The terms and, for Chinese, the single characters too: "碎了" and "碎掉" share what matters. */
    static List<String> features(String text) {
        List<String> features = new ArrayList<>(terms(text));
        text.toLowerCase(Locale.ROOT).codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .forEach(c -> features.add(Character.toString(c)));
        return features;
    }

    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String run = matcher.group();
            if (isHan(run)) {
                for (int i = 0; i + 2 <= run.length(); i++) {
                    terms.add(run.substring(i, i + 2));
                }
            }
            else {
                terms.add(run);
            }
        }
        return terms;
    }

    /** "漏液" and "液了" say the same twice; so does a word and its part. */
    private static boolean overlaps(String a, String b) {
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        return isHan(a) && isHan(b) && a.codePoints().anyMatch(c -> b.indexOf(c) >= 0);
    }

    private static boolean isHan(String term) {
        return Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
