package io.kefu.nlu.internal.entities;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What counts as an order id besides the store's known ids: an optional merchant pattern (matched
 * against whole tokens, e.g. {@code KF\d{11}}) and the minimum length of a bare digit string.
 *
 * @param pattern   the merchant's order-id format, or null for none
 * @param minDigits bare digit strings at least this long are taken for order ids (phone numbers excepted)
 */
public record OrderIdFormat(Pattern pattern, int minDigits) {

    public static final OrderIdFormat DEFAULT = new OrderIdFormat(null, 10);

    public OrderIdFormat {
        if (minDigits < 4) {
            throw new IllegalArgumentException("minDigits below 4 would read every number as an order id");
        }
    }

    /** @param regex the format as configured; blank means none */
    public static OrderIdFormat of(String regex, int minDigits) {
        return new OrderIdFormat(regex == null || regex.isBlank() ? null : Pattern.compile(regex.strip()), minDigits);
    }

    Optional<Pattern> merchantPattern() {
        return Optional.ofNullable(pattern);
    }
}
