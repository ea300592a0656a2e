package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether actual prices stay within a filed ceiling.
 *
 * <p><b>The rule.</b> Prices comply when, for every charging unit they charge in, the ceiling files a price for that
 * unit, and at every volume the actual rate of the next unit is at most the ceiling's rate for that same unit of
 * volume (both tariffs read as tiered progressive). Comparing rate by rate, rather than totals, means no single price
 * ever exceeds the ceiling, and it implies that for every quantity the actual charge is at most the ceiling's charge
 * for the same quantity: so every quote line and every quote total stays within the ceiling.
 */
public final class CeilingCompliance {

    private CeilingCompliance() {
    }

    /** Every way {@code prices} exceed {@code ceiling}; empty if they comply. */
    public static List<Violation> check(Tariff prices, Tariff ceiling) {
        List<Violation> violations = new ArrayList<>();
        for (TariffComponent price : prices.components()) {
            Optional<TariffComponent> cap = ceiling.component(price.unit());
            if (cap.isEmpty()) {
                violations.add(new Violation(PricingRule.UNIT_NOT_FILED, "a price per " + price.unit().label()
                        + " but the ceiling files no price per " + price.unit().label()));
                continue;
            }
            TreeSet<BigDecimal> starts = new TreeSet<>();
            starts.add(BigDecimal.ZERO);
            starts.addAll(price.bounds());
            starts.addAll(cap.get().bounds());
            List<BigDecimal> points = new ArrayList<>(starts);
            for (int i = 0; i < points.size(); i++) {
                BigDecimal from = points.get(i);
                UnitPrice actual = price.rateAbove(from);
                UnitPrice allowed = cap.get().rateAbove(from);
                if (actual.isAbove(allowed)) {
                    String to = i + 1 < points.size() ? Decimals.plain(points.get(i + 1)) : "∞";
                    violations.add(new Violation(PricingRule.PRICE_ABOVE_CEILING, "per " + price.unit().label()
                            + " over (" + Decimals.plain(from) + ", " + to + "]: " + actual
                            + " is above the filed ceiling " + allowed));
                }
            }
        }
        return violations;
    }

    /** Refuses with the violations of {@link #check} against the filing's ceiling, if any. */
    public static void requireWithin(Tariff prices, CeilingFiling filing) {
        List<Violation> violations = check(prices, filing.ceiling());
        if (!violations.isEmpty()) {
            List<Violation> named = violations.stream()
                    .map(v -> new Violation(v.rule(), v.detail() + " (filing " + filing.id() + ")"))
                    .toList();
            throw new PricingRefusedException(named);
        }
    }
}
