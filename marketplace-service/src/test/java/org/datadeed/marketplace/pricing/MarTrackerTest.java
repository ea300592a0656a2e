package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.LOGISTICS_INDEX;
import static org.datadeed.marketplace.pricing.Fixtures.OPERATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MarTrackerTest {

    private static final AccountingPeriod Y2025 = AccountingPeriod.ofYear(2025);

    /** MAR 1,080.00: cost 1,000.00, profit 8 %, no taxes. */
    private final MarTracker tracker = MarTracker.open(MarCalculation.compute(OPERATOR, Y2025,
            CostLedger.of(OPERATOR, List.of(new CostEntry("c", Y2025, CostComponent.STAFF, Money.of("1000.00"), "v",
                    new AllocationBasis.Shares(Map.of(CREDIT_API, Ratio.ONE))))),
            new MarParameters(Ratio.of("0.08"), Ratio.ZERO, TaxBase.OPERATING_COST), CarriedExcess.noneBefore(Y2025)));

    private static RevenueEntry revenue(String id, String date, ProductId product, String amount) {
        return new RevenueEntry(id, LocalDate.parse(date), product, Money.of(amount), "licence " + id);
    }

    @Test
    void headroomShrinksAsRevenueIsRecognised() {
        MarTracker after = tracker.recognise(revenue("r-1", "2025-02-01", CREDIT_API, "500.00"))
                .recognise(revenue("r-2", "2025-03-01", LOGISTICS_INDEX, "300.00"));

        assertThat(tracker.headroom()).isEqualTo(Money.of("1080.00"));
        assertThat(after.revenue()).isEqualTo(Money.of("800.00"));
        assertThat(after.headroom()).isEqualTo(Money.of("280.00"));
        assertThat(after.revenueOf(CREDIT_API)).isEqualTo(Money.of("500.00"));
        assertThat(after.wouldExceed(Money.of("280.00"))).isFalse();
        assertThat(after.wouldExceed(Money.of("280.01"))).isTrue();
        assertThat(after.excessOverMar()).isEqualTo(Money.ZERO);
    }

    @Test
    void revenueAboveMarIsTheExcessCarriedIntoTheNextPeriod() {
        MarTracker over = tracker.recognise(revenue("r-1", "2025-12-31", CREDIT_API, "1100.00"));

        assertThat(over.headroom()).isEqualTo(Money.ZERO);
        assertThat(over.excessOverMar()).isEqualTo(Money.of("20.00"));
        assertThat(over.carryOver()).isEqualTo(new CarriedExcess(Y2025, Money.of("20.00")));
    }

    @Test
    void revenueOutsideThePeriodIsRefused() {
        assertThatThrownBy(() -> tracker.recognise(revenue("r-1", "2026-01-01", CREDIT_API, "1.00")))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.REVENUE_OUTSIDE_PERIOD));
    }

    @Test
    void revenueIsRecognisedOnce() {
        MarTracker once = tracker.recognise(revenue("r-1", "2025-02-01", CREDIT_API, "1.00"));

        assertThatThrownBy(() -> once.recognise(revenue("r-1", "2025-02-02", CREDIT_API, "1.00")))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.DUPLICATE_RECORD));
    }
}
