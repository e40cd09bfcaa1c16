package io.kefu.privacy;

import java.util.regex.Pattern;

/**
 * Mainland phone numbers. Mobiles: 11 digits starting 13–19, with or without +86, grouped 3-4-4 by
 * spaces, hyphens or dots ({@code 139.1234.5678}). Landlines: an area code (010, 02x, 0xxx; without
 * its 0 after +86), then 7 or 8 digits ({@code 010-12345678}, {@code (0755) 8888 6666}).
 * <p>
 * 400 and 800 numbers are companies' hotlines, not personal data, and stay readable: the bot and
 * the agents quote the store's own. Digit runs are matched whole, so no phone number is found
 * inside a longer order or tracking number; a landline glued to letters is a code, not a number.
 */
final class PhoneNumbers {

    private static final String SEPARATOR = "[ .-]?";

    static final PiiRule MOBILE = new PiiRule(Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)?86[ -]?)?(1[3-9][0-9])" + SEPARATOR + "([0-9]{4})" + SEPARATOR + "([0-9]{4})(?![0-9])"),
            m -> m.group(1) + "****" + m.group(3));

    static final PiiRule LANDLINE = new PiiRule(Pattern.compile(
            "(?<![0-9A-Za-z])(?:(?:\\+|00)86[ -]?(10|2[0-9]|[3-9][0-9]{2})|\\(?0(10|2[0-9]|[3-9][0-9]{2})\\)?)" + SEPARATOR
                    + "([1-9][0-9]{2,3})" + SEPARATOR + "([0-9]{4})(?![0-9A-Za-z])"),
            m -> "0" + (m.group(1) != null ? m.group(1) : m.group(2)) + "-****" + m.group(4));

    private PhoneNumbers() {
    }
}
