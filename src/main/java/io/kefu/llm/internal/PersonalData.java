package io.kefu.llm.internal;

import java.util.Comparator;
import java.util.List;

import io.kefu.privacy.PiiMasker;

/**
 * Masks what identifies the customer before text leaves Kefu: phones, e-mails, ID and card
 * numbers by the privacy module's rules, and the customer's own name and address by value (no
 * pattern finds a name).
 */
final class PersonalData {

    static final String MASK = "***";
    /** A one-character "value" would mask every occurrence of that character. */
    private static final int SHORTEST = 2;

    private PersonalData() {
    }

    static String masked(String text, List<String> personalValues) {
        String masked = PiiMasker.mask(text == null ? "" : text);
        // longest first: a full address before the street name it contains
        for (String value : personalValues.stream().filter(v -> v != null && v.strip().length() >= SHORTEST).map(String::strip)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }
}
