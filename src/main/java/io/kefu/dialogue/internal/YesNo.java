package io.kefu.dialogue.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a customer's answer to a yes/no question, in Chinese or English. */
enum YesNo {
    YES, NO, UNCLEAR;

    // "No" first: "不是", "不用了", "no thanks" contain yes-words too.
    private static final Pattern NO_WORDS = Pattern.compile(
            "^(不|否|别|算了|取消|先不|不用|不要|不是|no\\b|nope|nah|cancel|don't|do not|not now)|不用了|算了|不要了|先不");
    private static final Pattern YES_WORDS = Pattern.compile(
            "^(是|对|好|确认|确定|可以|嗯|行|没问题|提交|办理|yes|yep|yeah|sure|ok|okay|confirm|correct|go ahead|please do|y$)");

    static YesNo of(String text) {
        String answer = text.strip().toLowerCase(Locale.ROOT);
        if (NO_WORDS.matcher(answer).find()) {
            return NO;
        }
        return YES_WORDS.matcher(answer).find() ? YES : UNCLEAR;
    }
}
