package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;

/**
 * A price in yuan per charging unit. Unlike {@link Money} it may go below the fen (a call at 0.0035 yuan), up to
 * {@value #MAX_SCALE} decimals. Canonical form: no trailing zeros beyond the fen, so {@code 0.1} is held as
 * {@code 0.10} and {@code 0.0035} as {@code 0.0035}.
 *
 * @param perUnit yuan per unit, at least 0
 */
public record UnitPrice(BigDecimal perUnit) implements Comparable<UnitPrice> {

    public static final int MAX_SCALE = 6;

    public static final UnitPrice ZERO = new UnitPrice(BigDecimal.ZERO);

    public UnitPrice {
        Decimals.requireNonNegative(perUnit, "unit price");
        Decimals.requireMaxScale(perUnit, MAX_SCALE, "unit price");
        BigDecimal canonical = Decimals.canonical(perUnit);
        perUnit = canonical.scale() < Money.SCALE ? canonical.setScale(Money.SCALE) : canonical;
    }

    public static UnitPrice of(String yuanPerUnit) {
        return new UnitPrice(new BigDecimal(yuanPerUnit));
    }

    /** The exact charge for {@code quantity} units at this price; no rounding. */
    public BigDecimal times(BigDecimal quantity) {
        return perUnit.multiply(quantity);
    }

    public boolean isAbove(UnitPrice other) {
        return compareTo(other) > 0;
    }

    public static UnitPrice min(UnitPrice a, UnitPrice b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(UnitPrice other) {
        return perUnit.compareTo(other.perUnit);
    }

    @Override
    public String toString() {
        return perUnit.toPlainString();
    }
}
