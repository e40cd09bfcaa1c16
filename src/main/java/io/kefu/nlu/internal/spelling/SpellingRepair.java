package io.kefu.nlu.internal.spelling;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=[a-z])['’](?=[a-z])");
    private static final Pattern SYLLABLE = Pattern.compile("(?<![A-Za-z0-9])[a-z]{1,6}(?![A-Za-z0-9])");

    /**
     * How often a word of a shopper's chat message is mistyped: a real English word is taken for a
     * typo of another only when that one is more common by more than this factor ("oder" for
     * "order", never "ways" for "days"), the odds of a slipped key against the rarer word.
     */
    private static final double TYPO_RATE = 0.1;

    private final Map<String, Integer> chineseWords = new HashMap<>();
    private final Map<String, String> byReading = new HashMap<>();
    private final Map<String, Integer> englishWords = new HashMap<>();
    /** Words seen side by side in the known texts ("my order"): the context a repaired real word must fit. */
    private final Set<String> englishPairs = new HashSet<>();
    private final EnglishLexicon english;
    private final ChineseLexicon chinese;

    public SpellingRepair(List<String> knownTexts) {
        this(knownTexts, List.of(), new EnglishLexicon(Map.of()), null);
    }

    /**
     * @param storeTexts the store's own words (product names, attribute keys): each is common there,
     *                   however rarely it occurs, so "dishwaser" finds the store's "dishwasher"
     * @param english    which words are English and how common: such a word is only repaired into a far commoner one
     * @param chinese    which characters make a Chinese word: such a word is never read as another of the same sound;
     *                   null to take every pair the known texts do not use for a slip
     */
    public SpellingRepair(List<String> knownTexts, List<String> storeTexts, EnglishLexicon english, ChineseLexicon chinese) {
        this.english = english;
        this.chinese = chinese;
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
            // "don't" is the word "dont" as shoppers type it, not "don"
            Matcher latin = LATIN.matcher(APOSTROPHE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""));
            String previous = null;
            while (latin.find()) {
                englishWords.merge(latin.group(), weight, Integer::sum);
                if (previous != null) {
                    englishPairs.add(previous + " " + latin.group());
                }
                previous = latin.group();
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
        List<String> words = LATIN.matcher(message).results().map(found -> found.group().toLowerCase(Locale.ROOT)).toList();
        Matcher latin = LATIN.matcher(message);
        StringBuilder out = new StringBuilder();
        for (int i = 0; latin.find(); i++) {
            String word = words.get(i);
            String repaired = englishWords.containsKey(word) || english ? null : fromPinyin(word);
            if (repaired == null && !englishWords.containsKey(word) && word.length() >= MIN_ENGLISH) {
                String before = i > 0 ? words.get(i - 1) : null;
                String after = i + 1 < words.size() ? words.get(i + 1) : null;
                repaired = nearestEnglish(word).filter(candidate -> isLikelierTypedFor(word, candidate, before, after)).orElse(null);
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

    /**
     * Whether a word is likelier a slip for the candidate than meant as typed: a word English does
     * not have always is; a real one ("hike", "ways") only when the candidate is far commoner in
     * English and the known texts use it beside a word next to it ("my oder": "my order").
     */
    private boolean isLikelierTypedFor(String word, String candidate, String before, String after) {
        Optional<Integer> typed = english.rank(word);
        Optional<Integer> meant = english.rank(candidate);
        if (typed.isEmpty()) {
            return true;
        }
        boolean fits = before != null && englishPairs.contains(before + " " + candidate) || after != null && englishPairs.contains(candidate + " " + after);
        return fits && meant.isPresent() && typed.get() * TYPO_RATE > meant.get();
    }

    /** The one most common known word one slipped key away (a letter left out, added, changed or two swapped). */
    private Optional<String> nearestEnglish(String word) {
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
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** A pair of characters nobody writes, read aloud like a common word, is that word ("推货" → 退货). */
    private String repairHomophones(String message) {
        Matcher han = HAN_RUN.matcher(message);
        StringBuilder out = new StringBuilder();
        while (han.find()) {
            String run = han.group();
            boolean[] alone = null;
            StringBuilder repaired = new StringBuilder();
            int i = 0;
            while (i < run.length()) {
                String pair = i + 2 <= run.length() ? run.substring(i, i + 2) : null;
                boolean mayBeSlip = pair != null && !chineseWords.containsKey(pair);
                if (mayBeSlip && chinese != null) {
                    // only two characters the segmenter leaves on their own can be a slip for one word ("推货"; not "试吗" of "试试吗")
                    alone = alone == null ? chinese.standAlone(run) : alone;
                    mayBeSlip = alone[i] && alone[i + 1] && !chinese.isWord(pair);
                }
                String word = mayBeSlip ? homophone(pair) : null;
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

    /** The common word of the pair's sound, when it is a word ("么不" of "怎么不" is none: "要不" stays). */
    private String homophone(String pair) {
        for (String reading : Readings.of(pair)) {
            String word = byReading.get(reading);
            if (word != null && !word.equals(pair) && (chinese == null || chinese.isWord(word))) {
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
