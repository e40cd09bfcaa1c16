package io.kefu.emotion.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.kefu.emotion.EmotionAnalyzer;
import io.kefu.emotion.EmotionReading;

/**
 * A first emotion reader from explicit cues (strong wording, threats, repeated punctuation, all
 * caps). The trained classifier of the emotion issue replaces its label choice; the trend logic
 * stays.
 */
@Component
class CueEmotionAnalyzer implements EmotionAnalyzer {

    private static final Map<String, Pattern> CUES = Map.of(
            "anger", Pattern.compile("垃圾|骗子|投诉|差评|12315|气死|什么破|太差|坑人|scam|terrible|worst|ridiculous|what a joke|furious|useless"),
            "anxiety", Pattern.compile("急|快点|怎么还没|还没到|赶紧|明天就要|urgent|asap|still not|hurry|worried"),
            "disappointment", Pattern.compile("失望|不满意|很差|差劲|没想到|可惜|disappointed|expected better|let down|not happy"),
            "confusion", Pattern.compile("不懂|看不懂|怎么操作|什么意思|不明白|confused|don't understand|what does .* mean|how do i"),
            "satisfaction", Pattern.compile("谢谢|感谢|好评|太棒|满意|thank|great|awesome|perfect|love it"));
    private static final Pattern EXCLAIM = Pattern.compile("[!！?？]{2,}");

    @Override
    public EmotionReading read(String text, String language, List<EmotionReading> previous) {
        String lower = text.toLowerCase(Locale.ROOT);
        String label = "neutral";
        double intensity = 0;
        for (String candidate : List.of("anger", "anxiety", "disappointment", "confusion", "satisfaction")) {
            if (CUES.get(candidate).matcher(lower).find()) {
                label = candidate;
                intensity = 0.5;
                break;
            }
        }
        if (!"neutral".equals(label)) {
            if (EXCLAIM.matcher(text).find()) {
                intensity += 0.2;
            }
            if (text.length() > 3 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(lower)) {
                intensity += 0.2;
            }
        }
        return new EmotionReading(label, Math.min(1.0, intensity), Trend.of(previous, label, intensity));
    }
}
