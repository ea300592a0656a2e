package org.datadeed.registry.certificate;

/**
 * ISO/IEC 7064 MOD 37,36 (hybrid system): one check character from 0-9 and A-Z over an alphanumeric string. It
 * detects every single substitution and every transposition of adjacent characters. Separators are ignored.
 */
public final class CheckCharacter {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int M = 36;

    private CheckCharacter() {
    }

    /** The check character for {@code value} (letters, digits and '-' separators). */
    public static char compute(String value) {
        int product = M;
        for (char c : normalise(value).toCharArray()) {
            int sum = (product + ALPHABET.indexOf(c)) % M;
            if (sum == 0) {
                sum = M;
            }
            product = (sum * 2) % (M + 1);
        }
        int check = (M + 1 - product) % M;
        return ALPHABET.charAt(check);
    }

    /** True when the last alphanumeric character of {@code value} is the check character of the rest. */
    public static boolean isValid(String value) {
        String plain = normalise(value);
        if (plain.length() < 2) {
            return false;
        }
        return compute(plain.substring(0, plain.length() - 1)) == plain.charAt(plain.length() - 1);
    }

    private static String normalise(String value) {
        String plain = value.replace("-", "").toUpperCase(java.util.Locale.ROOT);
        for (char c : plain.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                throw new IllegalArgumentException("Not alphanumeric: " + value);
            }
        }
        return plain;
    }
}
