package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.LOGISTICS_INDEX;
import static org.datadeed.marketplace.pricing.Fixtures.day;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;

class AnnualOperatingReportTest {

    private final WorkedExample example = new WorkedExample();

    @Test
    void theReportIsDueByTheEndOfMarchOfTheNextYear() {
        assertThat(AnnualOperatingReport.dueDate(Year.of(2025))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(AnnualOperatingReport.dueDate(Year.of(2027))).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(example.report.dueBy()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(example.report.isOverdueOn(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(example.report.isOverdueOn(LocalDate.of(2026, 4, 1))).isTrue();
    }

    @Test
    void theDisclosureListsTheCeilingsAndActualFeesInForceDuringTheYearPerProduct() {
        PublicDisclosure disclosure = example.report.publicDisclosure();

        assertThat(disclosure.products()).extracting(ProductFees::product).containsExactly(CREDIT_API, LOGISTICS_INDEX);
        ProductFees credit = disclosure.products().get(0);
        assertThat(credit.ceilings()).extracting(i -> i.item().id().value(), InForce::from, InForce::until)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T-CR-1", day("2025-01-01"), day("2025-04-01")),
                        org.assertj.core.groups.Tuple.tuple("F-CR-2", day("2025-04-01"), day("2026-01-01")));
        assertThat(credit.actualFees()).extracting(i -> i.item().version()).containsExactly(1, 2);
        assertThat(disclosure.products().get(1).ceilings()).singleElement()
                .satisfies(i -> assertThat(i.from()).isEqualTo(day("2025-01-15")));
    }

    @Test
    void theReportSetsRevenueAgainstMar() {
        AnnualOperatingReport report = example.report;

        assertThat(report.mar()).isEqualTo(example.mar);
        assertThat(report.revenue()).isEqualTo(example.tracker.revenue());
        assertThat(report.carriedForward()).isEqualTo(example.tracker.carryOver());
        assertThat(report.publicDisclosure().excessCarriedForward()).isEqualTo(report.carriedForward().amount());
        assertThat(report.products()).allSatisfy(p -> assertThat(p.revenue().isPositive()).isTrue());
        assertThat(Money.sum(report.products().stream().map(ProductReport::totalCost).toList()))
                .isEqualTo(example.ledger.total(WorkedExample.Y2025));
    }

    @Test
    void theExampleSchedulesNeverConflictWithTheCeilings() {
        assertThat(example.creditSchedules.conflictsWith(example.creditCeilings)).isEmpty();
        assertThat(example.logisticsSchedules.conflictsWith(example.logisticsCeilings)).isEmpty();
    }
}
