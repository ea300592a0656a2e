package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.OPERATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarCalculationTest {

    private static final AccountingPeriod Y2024 = AccountingPeriod.ofYear(2024);
    private static final AccountingPeriod Y2025 = AccountingPeriod.ofYear(2025);
    private static final AllocationBasis ALL_TO_CREDIT = new AllocationBasis.Shares(Map.of(CREDIT_API, Ratio.ONE));
    private static final MarParameters PROFIT_8_TAX_25_ON_PROFIT =
            new MarParameters(Ratio.of("0.08"), Ratio.of("0.25"), TaxBase.PERMITTED_PROFIT);

    private static CostLedger ledger(AccountingPeriod period, String staff, String taxes) {
        return CostLedger.of(OPERATOR, List.of(
                new CostEntry("staff-" + period.start().getYear(), period, CostComponent.STAFF, Money.of(staff), "payroll",
                        ALL_TO_CREDIT),
                new CostEntry("tax-" + period.start().getYear(), period, CostComponent.TAXES, Money.of(taxes),
                        "stamp duty", ALL_TO_CREDIT)));
    }

    @Test
    void marIsOperatingCostPlusPermittedProfitPlusTaxes() {
        MarCalculation mar = MarCalculation.compute(OPERATOR, Y2025, ledger(Y2025, "1000000.07", "5000.00"),
                PROFIT_8_TAX_25_ON_PROFIT, CarriedExcess.noneBefore(Y2025));

        assertThat(mar.operatingCost()).isEqualTo(Money.of("1000000.07"));
        assertThat(mar.permittedProfit()).isEqualTo(Money.of("80000.01")); // 80,000.0056 rounded HALF_UP
        assertThat(mar.taxes()).isEqualTo(Money.of("20000.00")); // 80,000.01 × 0.25 = 20,000.0025
        assertThat(mar.grossMar()).isEqualTo(Money.of("1100000.08"));
        assertThat(mar.mar()).isEqualTo(mar.grossMar());
    }

    @Test
    void bookedTaxesAreNotOperatingCost() {
        MarCalculation mar = MarCalculation.compute(OPERATOR, Y2025, ledger(Y2025, "1000.00", "70.00"),
                PROFIT_8_TAX_25_ON_PROFIT, CarriedExcess.noneBefore(Y2025));

        assertThat(mar.operatingCostByComponent()).doesNotContainKey(CostComponent.TAXES);
        assertThat(mar.operatingCost()).isEqualTo(Money.of("1000.00"));
        assertThat(mar.recordedTaxes()).isEqualTo(Money.of("70.00"));
    }

    @ParameterizedTest
    @CsvSource({
            "OPERATING_COST, 0.06, 60.00",
            "PERMITTED_PROFIT, 0.25, 20.00",
            "OPERATING_COST_PLUS_PROFIT, 0.06, 64.80",
            "RECORDED_TAXES, 1, 70.00"})
    void taxesApplyTheConfiguredRateToTheConfiguredBase(TaxBase base, String rate, String taxes) {
        MarCalculation mar = MarCalculation.compute(OPERATOR, Y2025, ledger(Y2025, "1000.00", "70.00"),
                new MarParameters(Ratio.of("0.08"), Ratio.of(rate), base), CarriedExcess.noneBefore(Y2025));

        assertThat(mar.taxes()).isEqualTo(Money.of(taxes));
        assertThat(mar.grossMar()).isEqualTo(Money.of("1080.00").plus(Money.of(taxes)));
    }

    @Test
    void excessRevenueReducesNextPeriodMar() {
        MarCalculation mar2024 = MarCalculation.compute(OPERATOR, Y2024, ledger(Y2024, "1000.00", "0.01"),
                PROFIT_8_TAX_25_ON_PROFIT, CarriedExcess.noneBefore(Y2024));
        MarTracker tracker = MarTracker.open(mar2024).recognise(new RevenueEntry("r-1", LocalDate.of(2024, 12, 31),
                CREDIT_API, Money.of("1200.00"), "licence L-1"));
        assertThat(mar2024.mar()).isEqualTo(Money.of("1100.00"));

        MarCalculation mar2025 = MarCalculation.compute(OPERATOR, Y2025, ledger(Y2025, "1000.00", "0.01"),
                PROFIT_8_TAX_25_ON_PROFIT, tracker.carryOver());

        assertThat(mar2025.carriedIn()).isEqualTo(new CarriedExcess(Y2024, Money.of("100.00")));
        assertThat(mar2025.deduction()).isEqualTo(Money.of("100.00"));
        assertThat(mar2025.mar()).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void anExcessLargerThanTheWholeMarIsDeductedAsFarAsItGoesAndTheRestCarriesOn() {
        MarCalculation mar = MarCalculation.compute(OPERATOR, Y2025, ledger(Y2025, "1000.00", "0.01"),
                PROFIT_8_TAX_25_ON_PROFIT, new CarriedExcess(Y2024, Money.of("1500.00")));

        assertThat(mar.mar()).isEqualTo(Money.ZERO);
        assertThat(mar.deduction()).isEqualTo(Money.of("1100.00"));
        assertThat(mar.excessStillToCarry()).isEqualTo(Money.of("400.00"));
        assertThat(MarTracker.open(mar).carryOver()).isEqualTo(new CarriedExcess(Y2025, Money.of("400.00")));
    }

    @Test
    void aCarryOverMustComeFromThePrecedingPeriod() {
        assertThatThrownBy(() -> MarCalculation.compute(OPERATOR, Y2025, ledger(Y2025, "1000.00", "0.01"),
                PROFIT_8_TAX_25_ON_PROFIT, new CarriedExcess(AccountingPeriod.ofYear(2023), Money.of("1.00"))))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.CARRY_OVER_NOT_FROM_PREVIOUS_PERIOD));
    }

    @Test
    void theExplanationItemisesEveryStep() {
        MarCalculation mar = MarCalculation.compute(OPERATOR, Y2025, ledger(Y2025, "1000.00", "70.00"),
                PROFIT_8_TAX_25_ON_PROFIT, new CarriedExcess(Y2024, Money.of("30.00")));

        assertThat(mar.items()).extracting(MarItem::label).endsWith("operating cost", "permitted profit", "taxes",
                "MAR before carry-over", "excess revenue carried over", "deduction", "maximum permitted revenue",
                "excess still to carry");
        assertThat(mar.items()).filteredOn(i -> i.label().equals("permitted profit")).singleElement()
                .satisfies(i -> assertThat(i.workings()).isEqualTo("1000.00 × profit rate 0.08"));
        assertThat(mar.items().get(mar.items().size() - 2).amount()).isEqualTo(Money.of("1070.00"));
    }

    @Test
    void periodsFollowOneAnother() {
        assertThat(Y2024.following()).isEqualTo(Y2025);
        assertThat(Y2025.preceding()).isEqualTo(Y2024);
        AccountingPeriod march = new AccountingPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
        assertThat(march.following()).isEqualTo(new AccountingPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)));
    }
}
