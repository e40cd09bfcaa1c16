package io.kefu.privacy.internal;

/**
 * Bytes written as letters a–p, one per half-byte (hexadecimal with a–p for 0–f): text that holds
 * no digit, '@' or anything else a masking rule could match or mangle.
 */
public final class Letters {

    private Letters() {
    }

    public static String of(byte[] bytes) {
        char[] letters = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            letters[2 * i] = (char) ('a' + (bytes[i] >> 4 & 0xf));
            letters[2 * i + 1] = (char) ('a' + (bytes[i] & 0xf));
        }
        return new String(letters);
    }

    /** @throws IllegalArgumentException when the text is not an even number of letters a–p */
    public static byte[] parse(CharSequence letters) {
        if (letters.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of letters");
        }
        byte[] bytes = new byte[letters.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (nibble(letters.charAt(2 * i)) << 4 | nibble(letters.charAt(2 * i + 1)));
        }
        return bytes;
    }

    private static int nibble(char letter) {
        if (letter < 'a' || letter > 'p') {
            throw new IllegalArgumentException("not a letter a-p: " + letter);
        }
        return letter - 'a';
    }
}
