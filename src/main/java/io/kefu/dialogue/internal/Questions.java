package io.kefu.dialogue.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message is put as a question, by the marks of the two languages: a question mark, a
 * sentence-final question particle (吗, 呢, 么 …), or an English question word first. A question is
 * never the answer to the bot's own open question ("what is the reason?"): it is answered first.
 */
final class Questions {

    private static final Pattern CHINESE = Pattern.compile("(?:吗|呢|么|嘛|没|不)[啊呀哈呢吖～~]*$|多久|多少|几天|几号|怎么|咋|如何|为什么|为啥|什么|啥|谁|哪|能不能|可不可以|是不是|有没有|行不行|可以不|(\\p{IsHan})[不没]\\1");
    private static final Pattern ENGLISH = Pattern.compile(
            "^(?:how|what|when|where|why|which|who|can|could|do|does|did|is|are|will|would|should|may)\\b");
    private static final Pattern ASKS_WHEN = Pattern.compile("几点|什么时候|啥时候|何时|什么时间|上班|下班|\\b(?:when|what time|what hours|which hours|until what time)\\b");
    private static final Pattern TRAILING = Pattern.compile("[\\s。.!！~～]+$");

    private Questions() {
    }

    static boolean isQuestion(String text) {
        String stripped = TRAILING.matcher(text.strip()).replaceAll("");
        if (stripped.endsWith("?") || stripped.endsWith("？")) {
            return true;
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        return CHINESE.matcher(lower).find() || ENGLISH.matcher(lower).find();
    }

    /** Whether the message is a question about a time: when something happens or opens, until when. */
    static boolean asksWhen(String text) {
        return isQuestion(text) && ASKS_WHEN.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
