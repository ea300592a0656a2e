package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;

/** Canonical forms of exact decimals, so that equal values are equal records and print the same. */
final class Decimals {

    private Decimals() {
    }

    /** The value without trailing zeros and with a non-negative scale: {@code 1.50 → 1.5}, {@code 1E+2 → 100}. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The canonical value as a plain string, never in exponent notation. */
    static String plain(BigDecimal value) {
        return canonical(value).toPlainString();
    }

    static boolean isIntegral(BigDecimal value) {
        return canonical(value).scale() == 0;
    }

    static BigDecimal requireNonNegative(BigDecimal value, String what) {
        if (value == null) {
            throw new NullPointerException(what);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal requireMaxScale(BigDecimal value, int maxScale, String what) {
        if (canonical(value).scale() > maxScale) {
            throw new IllegalArgumentException(
                    what + " has more than " + maxScale + " decimals: " + value.toPlainString());
        }
        return value;
    }

    static String requireText(String value, String what) {
        if (value == null) {
            throw new NullPointerException(what);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
