package io.kefu.nlu.internal.entities;

import java.util.regex.Pattern;

/**
 * Finds a phone number: Chinese mobiles (with or without +86, spaces or dashes) first, then
 * international numbers written with "+", then the North American "(415) 555-0123". The number is
 * returned with separators removed, so it can be compared with the customer's record.
 */
final class PhoneRule implements EntityRule {

    private static final Pattern CHINESE_MOBILE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)?86[\\s-]?)?(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?!\\d)");

    private static final Pattern INTERNATIONAL = Pattern.compile("(?<![\\w+])\\+\\d{1,3}(?:[\\s-]?\\(?\\d{1,4}\\)?){2,5}(?![\\d])");

    private static final Pattern NORTH_AMERICAN = Pattern.compile("(?<![\\w(])\\(\\d{3}\\)\\s?\\d{3}[\\s-]\\d{4}(?!\\d)");

    @Override
    public void apply(MessageText text, FoundEntities found) {
        if (text.digitCount() < 7) {
            return;
        }
        text.claimMatches(CHINESE_MOBILE, m -> {
            found.put(EntityKinds.PHONE, m.group(1) + m.group(2) + m.group(3), m.start());
            return true;
        });
        text.claimMatches(INTERNATIONAL, m -> {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() < 8 || digits.length() > 15) {
                return false;
            }
            found.put(EntityKinds.PHONE, "+" + digits, m.start());
            return true;
        });
        text.claimMatches(NORTH_AMERICAN, m -> {
            found.put(EntityKinds.PHONE, m.group().replaceAll("\\D", ""), m.start());
            return true;
        });
    }
}
