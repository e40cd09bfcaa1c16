package io.kefu.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a message into clauses at sentence punctuation and at words that join two requests
 * ("顺便", "另外", "还有", "and also", "plus" …), so that "查下物流，顺便开个发票" can be understood
 * as two requests. Fragments too short to mean anything stay attached to nothing and are dropped.
 */
public final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile(
            "[，,；;。！!？?\\n]+|顺便|另外|还有|并且|同时|以及|然后|(?i)\\b(?:and also|also|and then|plus|as well as)\\b");

    private static final int MIN_LETTERS = 2;

    private Clauses() {
    }

    /** The clauses of a message in order; never null, empty for a message without two letters in a row. */
    public static List<String> split(String text) {
        List<String> clauses = new ArrayList<>();
        for (String part : BOUNDARY.split(text)) {
            String clause = part.strip();
            if (letters(clause) >= MIN_LETTERS) {
                clauses.add(clause);
            }
        }
        return clauses;
    }

    private static int letters(String clause) {
        int count = 0;
        for (int i = 0; i < clause.length(); i++) {
            count += Character.isLetterOrDigit(clause.charAt(i)) ? 1 : 0;
        }
        return count;
    }
}
