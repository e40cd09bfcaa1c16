package io.kefu.privacy;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masks personal data in free text: mainland mobile and landline numbers, resident ID-card numbers
 * (validated by their check digit), payment-card numbers (issuer prefix and Luhn) and e-mail
 * addresses — also typed with full-width characters, in Chinese numerals or with unusual
 * separators (see {@link DetectionText} and the rules). Validation keeps order numbers, tracking
 * numbers, prices, dates and SKUs readable. Stateless and thread-safe.
 */
public final class PiiMasker {

    // E-mail first (its mailbox may be a phone number); ID cards before payment cards, whose
    // length they share.
    private static final List<PiiRule> RULES = List.of(EmailAddresses.MARKED, EmailAddresses.SPELLED, CardNumbers.ID_CARD,
            CardNumbers.PAYMENT_CARD, PhoneNumbers.MOBILE, PhoneNumbers.LANDLINE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PiiMasker() {
    }

    /** Returns the text with every recognised personal datum masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty() || !DetectionText.mayHoldPii(text)) {
            return text;
        }
        String masked = text;
        for (PiiRule rule : RULES) {
            masked = rule.apply(masked);
        }
        return masked;
    }

    /** Whether the text holds a personal datum that {@link #mask} would hide. */
    public static boolean holdsPii(String text) {
        return text != null && !text.equals(mask(text));
    }

    /**
     * A JSON document with every string value masked, structure and numbers untouched (masking the
     * document as text could turn a long number into an invalid token); null stays null. Values of
     * identifier properties ({@code id}, {@code …Id}, {@code …Ids}) are kept: a random UUID or a
     * merchant's order number can look like a phone number, and a masked key no longer finds its
     * record.
     */
    public static String maskJson(String json) {
        if (json == null || json.isBlank()) {
            return json;
        }
        return JSON.writeValueAsString(masked(JSON.readTree(json)));
    }

    private static JsonNode masked(JsonNode node) {
        if (node.isString()) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(mask(node.stringValue()));
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : List.copyOf(object.properties())) {
                if (!isIdentifier(property.getKey())) {
                    object.replace(property.getKey(), masked(property.getValue()));
                }
            }
        }
        else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, masked(array.get(i)));
            }
        }
        return node;
    }

    private static boolean isIdentifier(String property) {
        return property.equals("id") || property.endsWith("Id") || property.endsWith("Ids");
    }
}
