package io.kefu.nlu.internal.entities;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds order ids in two passes around the phone rule. {@link #exact()} runs first and takes tokens
 * that are certainly order ids: ids the store knows, or that match the merchant's format. {@link
 * #likely()} runs after phone numbers are claimed and takes what only looks like an order id: a
 * code right after "订单号"/"order", or a long bare digit string.
 */
final class OrderIdRule {

    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*(?![A-Za-z0-9])");

    private static final Pattern AFTER_ORDER_WORD = Pattern.compile(
            "(?:订单编号|订单号码?|订单|单号|order\\s?(?:id|number|no\\.?|#)?|#)\\s*(?:是|为|is|:|#)?\\s*"
                    + "([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CARD_WORD = Pattern.compile("身份证|证件|卡号|银行卡|信用卡|\\bid\\b|card|passport|护照");

    /** A message is asked about this many tokens at most, so a pasted log cannot flood the lookup. */
    private static final int MAX_LOOKUPS = 24;

    private final KnownOrderIds known;
    private final OrderIdFormat format;
    private final Pattern longDigits;

    OrderIdRule(KnownOrderIds known, OrderIdFormat format) {
        this.known = known;
        this.format = format;
        this.longDigits = Pattern.compile("(?<![A-Za-z0-9])\\d{" + format.minDigits() + ",40}(?![A-Za-z0-9])");
    }

    EntityRule exact() {
        return (text, found) -> {
            if (!text.hasDigit()) {
                return;
            }
            int[] lookups = {0};
            text.claimMatches(TOKEN, token -> {
                if (!hasDigit(token.group())) {
                    return false;
                }
                String id = knownOrFormatted(token.group(), lookups);
                if (id == null) {
                    return false;
                }
                found.put(EntityKinds.ORDER_ID, id, token.start());
                return true;
            });
        };
    }

    EntityRule likely() {
        return (text, found) -> {
            if (found.has(EntityKinds.ORDER_ID) || text.digitCount() < 4) {
                return;
            }
            text.claimMatches(AFTER_ORDER_WORD, match -> takeIfCode(match, found));
            text.claimMatches(longDigits, match -> {
                if (afterCardWord(text.full(), match.start())) {
                    return false;
                }
                found.put(EntityKinds.ORDER_ID, match.group(), match.start());
                return true;
            });
        };
    }

    /** An ID-card or bank-card number is as long as an order id; the word before it tells them apart. */
    private static boolean afterCardWord(String text, int start) {
        String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        return CARD_WORD.matcher(before).find();
    }

    private String knownOrFormatted(String token, int[] lookups) {
        if (format.merchantPattern().map(p -> p.matcher(token).matches()).orElse(false)) {
            return token;
        }
        if (token.length() < 3 || token.length() > 40 || lookups[0] >= MAX_LOOKUPS) {
            return null;
        }
        lookups[0]++;
        if (known.exists(token)) {
            return token;
        }
        String upper = token.toUpperCase(Locale.ROOT);
        // shoppers type ids in lower case on phones; stores keep them upper case
        return !upper.equals(token) && known.exists(upper) ? upper : null;
    }

    /** After an order word even a short code is an id, but only one with real digits in it ("E1001", not "iphone15"). */
    private static boolean takeIfCode(MatchResult match, FoundEntities found) {
        String code = match.group(1);
        long digits = code.chars().filter(Character::isDigit).count();
        if (code.length() < 5 || digits < 4) {
            return false;
        }
        found.put(EntityKinds.ORDER_ID, code.toUpperCase(Locale.ROOT), match.start(1));
        return true;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
