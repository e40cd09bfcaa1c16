package io.kefu.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character resident identity number of GB 11643: region, birth date, sequence, check digit. */
final class ChineseIdCard {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ChineseIdCard() {
    }

    static boolean isValid(String id) {
        if (id.length() != 18 || !hasPlausibleBirthDate(id)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11] == Character.toUpperCase(id.charAt(17));
    }

    private static boolean hasPlausibleBirthDate(String id) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
        }
        catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
