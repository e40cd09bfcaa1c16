package io.kefu.privacy;

/**
 * The text as the detection rules read it: full-width forms typed with Chinese input methods
 * ({@code １３９}, {@code ＠}, {@code －}, the ideographic space) become their ASCII forms, {@code 。}
 * a dot, and a run of at least {@value #MIN_NUMERAL_RUN} Chinese numerals ({@code 一三九一二三四…},
 * 幺 for one, 〇/零 for zero, the financial 壹贰叁…) becomes digits. Every character maps to exactly
 * one character, so a match in the detection text is the same range of the original text.
 * <p>
 * Numerals are converted in long runs only: a lone 一 in 一共 or 一下 next to an order number must
 * not glue itself onto it.
 */
final class DetectionText {

    static final int MIN_NUMERAL_RUN = 7;
    private static final String NUMERALS = "〇零○一壹幺二贰貳三叁參四肆五伍六陆陸七柒八捌九玖";
    private static final String NUMERAL_DIGITS = "0001112223334455666778899";

    private DetectionText() {
    }

    /** Whether the text could hold anything the rules look for: a digit, a numeral, an at sign or "at". */
    static boolean mayHoldPii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '＠' || NUMERALS.indexOf(c) >= 0
                    || (c == 'a' || c == 'A' || c == 'ａ' || c == 'Ａ') && i + 1 < text.length() && "tTｔＴ".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String of(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = halfWidth(text.charAt(i));
        }
        convertNumeralRuns(chars);
        return new String(chars);
    }

    private static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000', '\u00A0' -> ' ';
            case '。', '｡' -> '.';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\uFE63' -> '-';
            case '【', '〔' -> '[';
            case '】', '〕' -> ']';
            default -> c;
        };
    }

    /** Numerals separated at most by single spaces, hyphens or dots form one run. */
    private static void convertNumeralRuns(char[] chars) {
        int i = 0;
        while (i < chars.length) {
            if (NUMERALS.indexOf(chars[i]) < 0) {
                i++;
                continue;
            }
            int start = i;
            int numerals = 0;
            int end = i;
            while (i < chars.length) {
                if (NUMERALS.indexOf(chars[i]) >= 0) {
                    numerals++;
                    end = ++i;
                }
                else if (isSeparator(chars[i]) && i + 1 < chars.length && NUMERALS.indexOf(chars[i + 1]) >= 0) {
                    i++;
                }
                else {
                    break;
                }
            }
            if (numerals >= MIN_NUMERAL_RUN) {
                for (int j = start; j < end; j++) {
                    int numeral = NUMERALS.indexOf(chars[j]);
                    if (numeral >= 0) {
                        chars[j] = NUMERAL_DIGITS.charAt(numeral);
                    }
                }
            }
            i = Math.max(i, start + 1);
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.';
    }
}
