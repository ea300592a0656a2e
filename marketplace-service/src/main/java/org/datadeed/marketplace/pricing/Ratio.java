package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative rate as a plain fraction: {@code 0.08} is 8 %. Used for profit and tax rates, discounts and cost
 * shares. Held in canonical form (no trailing zeros), at most {@value #MAX_SCALE} decimals, so equal rates are equal.
 *
 * @param value the fraction, at least 0
 */
public record Ratio(BigDecimal value) implements Comparable<Ratio> {

    public static final int MAX_SCALE = 6;

    public static final Ratio ZERO = new Ratio(BigDecimal.ZERO);
    public static final Ratio ONE = new Ratio(BigDecimal.ONE);

    public Ratio {
        Decimals.requireNonNegative(value, "ratio");
        Decimals.requireMaxScale(value, MAX_SCALE, "ratio");
        value = Decimals.canonical(value);
    }

    public static Ratio of(String fraction) {
        return new Ratio(new BigDecimal(fraction));
    }

    /** A percentage, e.g. {@code percent("12.5")} is 0.125. */
    public static Ratio percent(String percent) {
        return new Ratio(new BigDecimal(percent).movePointLeft(2));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isAtMostOne() {
        return value.compareTo(BigDecimal.ONE) <= 0;
    }

    /** {@code 1 − this}; only for ratios of at most one (a discount, a share). */
    public Ratio complement() {
        requireAtMostOne("ratio");
        return new Ratio(BigDecimal.ONE.subtract(value));
    }

    /** The exact product {@code amount × this}; no rounding. */
    public BigDecimal applyTo(BigDecimal amount) {
        return amount.multiply(value);
    }

    Ratio requireAtMostOne(String what) {
        if (!isAtMostOne()) {
            throw new IllegalArgumentException(what + " must not exceed 1: " + this);
        }
        return this;
    }

    @Override
    public int compareTo(Ratio other) {
        return value.compareTo(Objects.requireNonNull(other).value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
