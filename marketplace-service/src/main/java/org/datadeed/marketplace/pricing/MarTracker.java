package org.datadeed.marketplace.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Revenue recognised in one period against that period's MAR, as it happens: each {@link #recognise} returns the
 * next snapshot. Revenue above MAR is not refused (a charge within the ceiling is lawful); it is the excess, and
 * {@link #carryOver()} carries it, together with any earlier excess the MAR could not absorb, into the following
 * period's {@link MarCalculation}.
 *
 * @param mar     the period's MAR
 * @param entries the revenue recognised so far, in order
 */
public record MarTracker(MarCalculation mar, List<RevenueEntry> entries) {

    public MarTracker {
        Objects.requireNonNull(mar, "mar");
        entries = List.copyOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            check(mar, entries.subList(0, i), entries.get(i));
        }
    }

    public static MarTracker open(MarCalculation mar) {
        return new MarTracker(mar, List.of());
    }

    /** This tracker with {@code entry} recognised; refuses a date outside the period or a duplicate id. */
    public MarTracker recognise(RevenueEntry entry) {
        check(mar, entries, entry);
        List<RevenueEntry> next = new ArrayList<>(entries);
        next.add(entry);
        return new MarTracker(mar, next);
    }

    public AccountingPeriod period() {
        return mar.period();
    }

    /** Revenue recognised so far. */
    public Money revenue() {
        return Money.sum(entries.stream().map(RevenueEntry::amount).toList());
    }

    public Money revenueOf(ProductId product) {
        return Money.sum(entries.stream().filter(e -> e.product().equals(product)).map(RevenueEntry::amount).toList());
    }

    /** How much more revenue fits under the MAR: {@code max(0, MAR − revenue)}. */
    public Money headroom() {
        return mar.mar().minusFloorZero(revenue());
    }

    /** Revenue above this period's MAR: {@code max(0, revenue − MAR)}. */
    public Money excessOverMar() {
        return revenue().minusFloorZero(mar.mar());
    }

    /** Whether recognising {@code amount} more would take revenue above the MAR. */
    public boolean wouldExceed(Money amount) {
        return revenue().plus(amount).isGreaterThan(mar.mar());
    }

    /** What the following period's MAR must deduct: this period's excess plus the excess still to carry. */
    public CarriedExcess carryOver() {
        return new CarriedExcess(mar.period(), excessOverMar().plus(mar.excessStillToCarry()));
    }

    private static void check(MarCalculation mar, List<RevenueEntry> recorded, RevenueEntry entry) {
        if (!mar.period().contains(entry.recognisedOn())) {
            throw PricingRefusedException.of(PricingRule.REVENUE_OUTSIDE_PERIOD, "revenue " + entry.id()
                    + " recognised on " + entry.recognisedOn() + ", outside " + mar.period());
        }
        if (recorded.stream().anyMatch(e -> e.id().equals(entry.id()))) {
            throw PricingRefusedException.of(PricingRule.DUPLICATE_RECORD, "revenue " + entry.id() + " already recognised");
        }
    }
}
