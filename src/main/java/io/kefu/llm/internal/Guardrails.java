package io.kefu.llm.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a model's text unusable, checked before anyone sees it: a fact the grounding does not
 * state (a hallucinated price, a made-up order id or window), the model's own instructions repeated
 * back (an injection obeyed), or its admission that the facts do not answer.
 */
final class Guardrails {

    /** The sentinel the instructions ask for when the facts do not answer. */
    static final String UNKNOWN = "UNKNOWN";
    /** Characters of instructions repeated verbatim that count as a leak: longer than any natural overlap. */
    private static final int LEAK = 24;
    /** Admissions in the words models use despite the instructions. */
    private static final Pattern DOES_NOT_KNOW = Pattern.compile("(?i)\\b(?:i don't know|i do not know|i'm not sure|no information)\\b|不知道|无法回答|没有相关信息|不清楚");
    private static final Pattern NOT_WORD = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}]+");

    private Guardrails() {
    }

    /** The cause to count when the text must not be shown, else empty. */
    static Optional<String> refusal(String text, String instructions, FactTokens facts) {
        // a leak first: the instructions themselves name the UNKNOWN sentinel
        if (repeats(text, instructions)) {
            return Optional.of("instructions");
        }
        if (text.contains(UNKNOWN) || DOES_NOT_KNOW.matcher(text).find()) {
            return Optional.of("unknown");
        }
        Set<String> unsupported = FactTokens.of(text).unsupportedBy(facts);
        return unsupported.isEmpty() ? Optional.empty() : Optional.of("unsupported_fact");
    }

    /** Whether the text holds a long run of the instructions, ignoring spacing and punctuation. */
    static boolean repeats(String text, String instructions) {
        String said = normalized(text);
        String secret = normalized(instructions);
        for (int start = 0; start + LEAK <= secret.length(); start += LEAK / 2) {
            if (said.contains(secret.substring(start, start + LEAK))) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
