package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A requested volume in one charging unit: calls, GB, records, months, years, copies. Non-negative; whole for
 * integral units; at most {@value #MAX_SCALE} decimals for gigabytes. Canonical form, so equal volumes are equal.
 *
 * @param unit   the charging unit
 * @param amount how many units
 */
public record Quantity(ChargingUnit unit, BigDecimal amount) {

    public static final int MAX_SCALE = 6;

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        amount = requireVolume(unit, amount, "quantity");
    }

    public static Quantity of(ChargingUnit unit, long amount) {
        return new Quantity(unit, BigDecimal.valueOf(amount));
    }

    public static Quantity of(ChargingUnit unit, String amount) {
        return new Quantity(unit, new BigDecimal(amount));
    }

    /** Validates and canonicalises a volume (or tier bound) in {@code unit}. */
    static BigDecimal requireVolume(ChargingUnit unit, BigDecimal value, String what) {
        Decimals.requireNonNegative(value, what);
        Decimals.requireMaxScale(value, MAX_SCALE, what);
        if (unit.integral() && !Decimals.isIntegral(value)) {
            throw new IllegalArgumentException(what + " per " + unit.label() + " must be a whole number: "
                    + value.toPlainString());
        }
        return Decimals.canonical(value);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.label();
    }
}
