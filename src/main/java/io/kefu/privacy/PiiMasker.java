package io.kefu.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in free text: mainland mobile numbers, resident ID-card numbers (validated by
 * their check digit), bank-card numbers (validated by Luhn) and e-mail addresses. Validation keeps
 * order numbers and other long digit strings readable. Stateless and thread-safe.
 */
public final class PiiMasker {

    // Digit runs are matched whole (no digit on either side) so that a phone number is never found
    // inside a longer order number.
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9])\\d{4}(?:[ -]?\\d{4}){2,3}(?:[ -]?\\d{1,3})?(?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?![0-9])");

    private PiiMasker() {
    }

    /** Returns the text with every recognised personal datum masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(EMAIL, text, PiiMasker::maskEmail);
        masked = replace(ID_CARD, masked, m -> ChineseIdCard.isValid(m.group()) ? keepEnds(m.group(), 3, 4) : m.group());
        masked = replace(BANK_CARD, masked, PiiMasker::maskBankCard);
        return replace(PHONE, masked, m -> m.group(1) + "****" + m.group(3));
    }

    private static String maskEmail(Matcher m) {
        String email = m.group();
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static String maskBankCard(Matcher m) {
        String digits = m.group().replaceAll("[ -]", "");
        if (digits.length() < 13 || digits.length() > 19 || !Luhn.isValid(digits)) {
            return m.group();
        }
        return keepEnds(digits, 4, 4);
    }

    private static String keepEnds(String value, int head, int tail) {
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> masking) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(masking.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
