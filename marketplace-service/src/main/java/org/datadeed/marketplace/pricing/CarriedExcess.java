package org.datadeed.marketplace.pricing;

import java.util.Objects;

/**
 * Revenue above MAR in a period, carried into the following period's MAR as a deduction (plus any earlier excess
 * that period's MAR could not absorb). Produced by {@link MarTracker#carryOver()}.
 *
 * @param from   the period the excess arose in
 * @param amount not negative
 */
public record CarriedExcess(AccountingPeriod from, Money amount) {

    public CarriedExcess {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount").requireNonNegative("carried excess");
    }

    /** Nothing carried from the period before {@code period} (e.g. the first period of operation). */
    public static CarriedExcess noneBefore(AccountingPeriod period) {
        return new CarriedExcess(period.preceding(), Money.ZERO);
    }
}
