package io.kefu.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses as people type them to get past filters or from a Chinese keyboard:
 * {@code alice@example.com}, a full-width {@code ＠}, {@code alice [at] example [dot] com},
 * {@code alice at example dot com}, and domains in Chinese ({@code alice@例子.中国}). Masked to the
 * first character of the mailbox and the domain ({@code a***@example.com}).
 */
final class EmailAddresses {

    private static final String MAILBOX = "([A-Za-z0-9][A-Za-z0-9._%+-]*)";
    private static final String LABEL = "(?:[A-Za-z0-9-]+|\\p{IsHan}+)";
    /** The top-level domain: Latin letters, or one of the Chinese ones (a Han run would swallow the next words). */
    private static final String TOP_LEVEL = "(?:[A-Za-z]{2,}(?![A-Za-z])|中国|中國|公司|网络|網絡|集团|在线|商城|香港|台湾|台灣|新加坡)";
    private static final String BRACKETED_AT = "\\s*[\\[(<{]\\s*(?i:at)\\s*[])>}]\\s*";
    private static final String BRACKETED_DOT = "\\s*[\\[(<{]\\s*(?i:dot)\\s*[])>}]\\s*";

    /** {@code @} or a bracketed "at", labels joined by dots or bracketed "dot"s. */
    static final PiiRule MARKED = new PiiRule(Pattern.compile(MAILBOX + "(?:\\s*@\\s*|" + BRACKETED_AT + ")((?:" + LABEL + "(?:\\.|"
            + BRACKETED_DOT + "))+" + TOP_LEVEL + ")"), EmailAddresses::mask);

    /** Words only ("alice at example dot com"): a spelled-out dot is required, so "look at example.com" stays. */
    static final PiiRule SPELLED = new PiiRule(Pattern.compile("(?<![A-Za-z0-9._%+-])" + MAILBOX + "\\s+(?i:at)\\s+((?:[A-Za-z0-9-]+\\s+(?i:dot)\\s+)+"
            + "[A-Za-z]{2,}(?![A-Za-z]))"), EmailAddresses::mask);

    private EmailAddresses() {
    }

    private static String mask(Matcher m) {
        String domain = m.group(2).replaceAll(BRACKETED_DOT + "|\\s+(?i:dot)\\s+", ".");
        return m.group(1).charAt(0) + "***@" + domain;
    }
}
