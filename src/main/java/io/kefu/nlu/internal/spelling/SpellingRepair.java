package io.kefu.nlu.internal.spelling;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what shoppers type wrong before the message is understood, using only words the model
 * knows (its training sentences, the catalog): pinyin typed instead of characters ("tuihuo" →
 * 退货), a character of the same sound typed for another ("推货" → 退货), and one slipped key in an
 * English word ("oder" → order). A known word is never changed; a repair needs the word it makes to
 * be a common one, so a rare store word is left as it is. Thread-safe once built.
 */
public final class SpellingRepair {

    /** A word must occur this often among the known texts to be what a typo meant. */
    private static final int COMMON = 3;
    private static final int MIN_ENGLISH = 4;
    /** Known English words that make a message English. */
    private static final int ENGLISH_CONTEXT = 2;
    private static final Pattern LATIN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
    private static final Pattern SYLLABLE = Pattern.compile("(?<![A-Za-z0-9])[a-z]{1,6}(?![A-Za-z0-9])");

    private final Map<String, Integer> chineseWords = new HashMap<>();
    private final Map<String, String> byReading = new HashMap<>();
    private final Map<String, Integer> englishWords = new HashMap<>();

    public SpellingRepair(List<String> knownTexts) {
        this(knownTexts, List.of());
    }

    /**
     * @param storeTexts the store's own words (product names, attribute keys): each is common there,
     *                   however rarely it occurs, so "dishwaser" finds the store's "dishwasher"
     */
    public SpellingRepair(List<String> knownTexts, List<String> storeTexts) {
        count(knownTexts, 1);
        count(storeTexts, COMMON);
        chineseWords.forEach((word, count) -> {
            if (count >= COMMON) {
                for (String reading : Readings.of(word)) {
                    String known = byReading.get(reading);
                    if (known == null || chineseWords.get(known) < count) {
                        byReading.put(reading, word);
                    }
                }
            }
        });
    }

    private void count(List<String> texts, int weight) {
        for (String text : texts) {
            Matcher han = HAN_RUN.matcher(text);
            while (han.find()) {
                String run = han.group();
                for (int length = 2; length <= 3; length++) {
                    for (int i = 0; i + length <= run.length(); i++) {
                        chineseWords.merge(run.substring(i, i + length), weight, Integer::sum);
                    }
                }
            }
            Matcher latin = LATIN.matcher(text.toLowerCase(Locale.ROOT));
            while (latin.find()) {
                englishWords.merge(latin.group(), weight, Integer::sum);
            }
        }
    }

    /** Whether the word is one the known texts use (Latin words in lower case). */
    public boolean knows(String word) {
        return englishWords.containsKey(word.toLowerCase(Locale.ROOT)) || chineseWords.containsKey(word);
    }

    /** The message with its typos repaired; the message itself when nothing needed repair. */
    public String repair(String message) {
        return repairHomophones(repairLatin(repairMixed(message)));
    }

    /** One syllable typed in pinyin next to a character of the word it belongs to ("bao邮", "退kuan"). */
    private String repairMixed(String message) {
        Matcher syllable = SYLLABLE.matcher(message);
        StringBuilder out = new StringBuilder();
        int done = 0;
        while (syllable.find()) {
            if (syllable.start() < done) {
                continue;
            }
            String latin = syllable.group().toLowerCase(Locale.ROOT);
            int before = syllable.start() - 1;
            int after = syllable.end();
            String word = null;
            int from = syllable.start();
            int to = syllable.end();
            if (after < message.length() && isHan(message.charAt(after))) {
                word = joined(latin, message.charAt(after), true);
                to = after + 1;
            }
            if (word == null && before >= 0 && isHan(message.charAt(before))) {
                word = joined(latin, message.charAt(before), false);
                from = before;
                to = syllable.end();
            }
            if (word != null) {
                out.append(message, done, from).append(word);
                done = to;
            }
        }
        out.append(message.substring(done));
        return out.toString();
    }

    /** The known word read as the syllable and the character beside it, in that order or the other; null for none. */
    private String joined(String latin, char han, boolean latinFirst) {
        String character = String.valueOf(han);
        for (String reading : Readings.of(character)) {
            String word = byReading.get(latinFirst ? latin + reading : reading + latin);
            if (word != null && (latinFirst ? word.endsWith(character) : word.startsWith(character))) {
                return word;
            }
        }
        return null;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private String repairLatin(String message) {
        boolean english = isWrittenInEnglish(message);
        Matcher latin = LATIN.matcher(message);
        StringBuilder out = new StringBuilder();
        while (latin.find()) {
            String word = latin.group().toLowerCase(Locale.ROOT);
            String repaired = englishWords.containsKey(word) || english ? null : fromPinyin(word);
            if (repaired == null && !englishWords.containsKey(word) && word.length() >= MIN_ENGLISH) {
                repaired = nearestEnglish(word);
            }
            latin.appendReplacement(out, Matcher.quoteReplacement(repaired == null ? latin.group() : repaired));
        }
        latin.appendTail(out);
        return out.toString();
    }

    /**
     * A message without Chinese characters in which known English words make the sentence: an
     * unknown word in it is a name ("get to beijing", "ship to shenzhen"), not pinyin typed for a
     * Chinese word, which shoppers type among Chinese words or on its own ("tuihuo", "kf zai ma").
     */
    private boolean isWrittenInEnglish(String message) {
        if (message.chars().anyMatch(c -> isHan((char) c))) {
            return false;
        }
        Matcher latin = LATIN.matcher(message.toLowerCase(Locale.ROOT));
        int known = 0;
        while (latin.find()) {
            // "long" or "he" may be a syllable too: only words no Chinese word reads as count
            if (englishWords.containsKey(latin.group()) && !byReading.containsKey(latin.group())) {
                known++;
            }
        }
        return known >= ENGLISH_CONTEXT;
    }

    /** Pinyin typed for a known word, alone or run together with another ("tuihuo", "tuihuoyunfei"). */
    private String fromPinyin(String word) {
        String whole = byReading.get(word);
        if (whole != null) {
            return whole;
        }
        for (int cut = 2; cut <= word.length() - 2; cut++) {
            String first = byReading.get(word.substring(0, cut));
            String second = byReading.get(word.substring(cut));
            if (first != null && second != null) {
                return first + second;
            }
        }
        return null;
    }

    /** The one most common known word one slipped key away (a letter left out, added, changed or two swapped). */
    private String nearestEnglish(String word) {
        String best = null;
        int bestCount = COMMON - 1;
        boolean tie = false;
        for (String candidate : Edits.of(word)) {
            int count = englishWords.getOrDefault(candidate, 0);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
                tie = false;
            }
            else if (count == bestCount && best != null && !candidate.equals(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** A pair of characters nobody writes, read aloud like a common word, is that word ("推货" → 退货). */
    private String repairHomophones(String message) {
        Matcher han = HAN_RUN.matcher(message);
        StringBuilder out = new StringBuilder();
        while (han.find()) {
            String run = han.group();
            StringBuilder repaired = new StringBuilder();
            int i = 0;
            while (i < run.length()) {
                String pair = i + 2 <= run.length() ? run.substring(i, i + 2) : null;
                String word = pair == null || chineseWords.containsKey(pair) ? null : homophone(pair);
                if (word != null) {
                    repaired.append(word);
                    i += 2;
                }
                else {
                    repaired.append(run.charAt(i));
                    i++;
                }
            }
            han.appendReplacement(out, Matcher.quoteReplacement(repaired.toString()));
        }
        han.appendTail(out);
        return out.toString();
    }

    private String homophone(String pair) {
        for (String reading : Readings.of(pair)) {
            String word = byReading.get(reading);
            if (word != null && !word.equals(pair)) {
                return word;
            }
        }
        return null;
    }

    /** Words one edit away. */
    static final class Edits {

        private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

        private Edits() {
        }

        static Set<String> of(String word) {
            Set<String> edits = new java.util.HashSet<>();
            for (int i = 0; i <= word.length(); i++) {
                String head = word.substring(0, i);
                String tail = word.substring(i);
                if (!tail.isEmpty()) {
                    edits.add(head + tail.substring(1));
                }
                if (tail.length() > 1) {
                    edits.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
                }
                for (char c : LETTERS.toCharArray()) {
                    edits.add(head + c + tail);
                    if (!tail.isEmpty()) {
                        edits.add(head + c + tail.substring(1));
                    }
                }
            }
            edits.remove(word);
            return edits;
        }
    }
}
