package io.kefu.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident ID-card numbers and payment-card numbers, typed whole or in groups separated by spaces,
 * hyphens or dots. Both are validated before they are masked — the ID card by its check digit and
 * birth date, the payment card by its issuer prefix and the Luhn check — so that order numbers,
 * tracking numbers and other long digit strings the bot and the agents need stay readable.
 */
final class CardNumbers {

    static final PiiRule ID_CARD = new PiiRule(Pattern.compile("(?<![0-9A-Za-z])[1-8][0-9](?:[ .-]?[0-9]){15}[ .-]?[0-9Xx](?![0-9A-Za-z])"),
            m -> {
                String id = PiiRule.compact(m.group());
                return ChineseIdCard.isValid(id) ? PiiRule.keepEnds(id, 3, 4) : null;
            });

    static final PiiRule PAYMENT_CARD = new PiiRule(
            Pattern.compile("(?<![0-9A-Za-z])[0-9]{4}(?:[ .-]?[0-9]{4}){2,3}(?:[ .-]?[0-9]{1,3})?(?![0-9A-Za-z])"), CardNumbers::maskPaymentCard);

    private CardNumbers() {
    }

    private static String maskPaymentCard(Matcher m) {
        String digits = PiiRule.compact(m.group());
        if (digits.length() < 13 || digits.length() > 19 || !hasIssuerPrefix(digits) || !Luhn.isValid(digits)) {
            return null;
        }
        return PiiRule.keepEnds(digits, 4, 4);
    }

    /**
     * Amex/JCB (3), Visa (4), Mastercard (5, 2221–2720), UnionPay and Discover (6) and the older
     * domestic debit cards (9). Order numbers usually start with the year (20…) or 1 and are left alone.
     */
    private static boolean hasIssuerPrefix(String digits) {
        char first = digits.charAt(0);
        if (first == '3' || first == '4' || first == '5' || first == '6' || first == '9') {
            return true;
        }
        int four = Integer.parseInt(digits.substring(0, 4));
        return four >= 2221 && four <= 2720;
    }
}
