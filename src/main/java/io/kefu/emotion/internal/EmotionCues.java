package io.kefu.emotion.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What makes a feeling stronger, the way a person reads it: strong words and threats, intensifiers,
 * repeated punctuation, shouting in capitals, angry emoji, and saying the same complaint again.
 * Each cue adds to the intensity the classifier's confidence starts from; two different strong words add twice.
 */
final class EmotionCues {

    static final Pattern STRONG_WORDS = Pattern.compile(
            "垃圾|骗子|坑人|坑爹|无语|气死|恶心|滚|太差|烂透|什么破|破玩意|黑店|退钱|scam|garbage|trash|rubbish|ridiculous|what a joke|"
            + "worst|terrible|awful|pathetic|useless|furious|disgusting|unacceptable|fraud");
    static final Pattern THREATS = Pattern.compile(
            "差评|投诉|12315|举报|曝光|消协|工商|律师|起诉|chargeback|report you|bad review|1[ -]?star|lawyer|sue\\b");
    private static final Pattern INTENSIFIERS = Pattern.compile("太|非常|特别|真的|极其|超级|简直|到底|究竟|really|so\\b|very|extremely|totally|absolutely");
    private static final Pattern REPEATED_PUNCTUATION = Pattern.compile("[!！]{2,}|[?？]{2,}|[!！?？]{3,}");
    private static final Pattern ANGRY_EMOJI = Pattern.compile("😡|🤬|😠|💢|👎|😤");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{3,}");

    private EmotionCues() {
    }

    /** How much the cues add to intensity, 0..0.6. */
    static double boost(String text, List<String> earlierTexts) {
        String lower = text.toLowerCase(Locale.ROOT);
        double boost = 0;
        // a second insult is read as more anger than one ("垃圾店铺 … 骗子")
        boost += 0.15 * Math.min(2, STRONG_WORDS.matcher(lower).results().map(MatchResult::group).distinct().count());
        if (THREATS.matcher(lower).find()) {
            boost += 0.2;
        }
        if (INTENSIFIERS.matcher(lower).find()) {
            boost += 0.05;
        }
        if (REPEATED_PUNCTUATION.matcher(text).find()) {
            boost += 0.1;
        }
        if (isShouting(text)) {
            boost += 0.1;
        }
        if (ANGRY_EMOJI.matcher(text).find()) {
            boost += 0.05;
        }
        if (repeatsEarlier(lower, earlierTexts)) {
            boost += 0.1;
        }
        return Math.min(0.6, boost);
    }

    /** Whether the text has the marks of anger whatever a model says: strong words or threats. */
    static boolean soundsAngry(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return STRONG_WORDS.matcher(lower).find() || THREATS.matcher(lower).find();
    }

    private static boolean isShouting(String text) {
        long words = LATIN_WORD.matcher(text).results().count();
        long shouted = LATIN_WORD.matcher(text).results().filter(m -> m.group().equals(m.group().toUpperCase(Locale.ROOT))).count();
        return words >= 2 && shouted * 2 >= words;
    }

    private static boolean repeatsEarlier(String lower, List<String> earlierTexts) {
        String squeezed = squeeze(lower);
        return squeezed.length() >= 4 && earlierTexts.stream().map(t -> squeeze(t.toLowerCase(Locale.ROOT))).anyMatch(squeezed::equals);
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", "");
    }
}
