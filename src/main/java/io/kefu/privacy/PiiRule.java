package io.kefu.privacy;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of personal datum: where it may be ({@code pattern}, matched against the
 * {@link DetectionText}) and what is kept of it ({@code masking}, given the match in the detection
 * text; null when the candidate fails validation and stays as typed).
 */
record PiiRule(Pattern pattern, Function<Matcher, String> masking) {

    String apply(String text) {
        Matcher matcher = pattern.matcher(DetectionText.of(text));
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            String masked = masking.apply(matcher);
            if (masked == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start()).append(masked);
            copied = matcher.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The value with only its first {@code head} and last {@code tail} characters shown. */
    static String keepEnds(String value, int head, int tail) {
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }

    /** The digits (and a check letter) of a number typed with separators. */
    static String compact(String typed) {
        return typed.replaceAll("[^0-9Xx]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
