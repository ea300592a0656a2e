package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.LOGISTICS_INDEX;
import static org.datadeed.marketplace.pricing.Fixtures.OPERATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CostLedgerTest {

    private static final AccountingPeriod Y2025 = AccountingPeriod.ofYear(2025);
    private static final ProductId WEATHER = ProductId.of("weather-risk-model");

    private static CostEntry entry(String id, CostComponent component, String amount, AllocationBasis basis) {
        return new CostEntry(id, Y2025, component, Money.of(amount), "voucher " + id, basis);
    }

    private static AllocationBasis.Shares shares(String credit, String logistics) {
        return new AllocationBasis.Shares(Map.of(CREDIT_API, Ratio.of(credit), LOGISTICS_INDEX, Ratio.of(logistics)));
    }

    @Test
    void allocationsAddUpToTheCost() {
        CostEntry entry = entry("C-1", CostComponent.COMPUTE_AND_STORAGE, "100.00", new AllocationBasis.Driver(
                "compute hours", Map.of(CREDIT_API, BigDecimal.ONE, LOGISTICS_INDEX, BigDecimal.ONE,
                WEATHER, BigDecimal.ONE)));

        List<AllocatedCost> allocations = CostLedger.allocate(entry);

        // 33.333… each: the one fen left over goes to the first product in id order
        assertThat(allocations).extracting(AllocatedCost::product, AllocatedCost::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CREDIT_API, Money.of("33.34")),
                org.assertj.core.groups.Tuple.tuple(LOGISTICS_INDEX, Money.of("33.33")),
                org.assertj.core.groups.Tuple.tuple(WEATHER, Money.of("33.33")));
        assertThat(Money.sum(allocations.stream().map(AllocatedCost::amount).toList())).isEqualTo(entry.amount());
    }

    @Test
    void allocationByDriverFollowsUsageVolume() {
        CostEntry entry = entry("C-2", CostComponent.OPERATION_AND_MAINTENANCE, "420000.00",
                new AllocationBasis.Driver("API calls served", Map.of(CREDIT_API, new BigDecimal("2600000"),
                        LOGISTICS_INDEX, new BigDecimal("400000"))));

        assertThat(CostLedger.allocate(entry)).extracting(AllocatedCost::amount)
                .containsExactly(Money.of("364000.00"), Money.of("56000.00"));
    }

    @Test
    void explicitSharesMustAddUpToOne() {
        assertThatThrownBy(() -> shares("0.6", "0.3")).isInstanceOfSatisfying(PricingRefusedException.class,
                e -> assertThat(e.rule()).isEqualTo(PricingRule.SHARES_NOT_WHOLE));
        assertThatThrownBy(() -> new AllocationBasis.Driver("calls", Map.of(CREDIT_API, BigDecimal.ZERO)))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.NO_ALLOCATION_WEIGHT));
    }

    @Test
    void costIsQueryablePerProductAndPerComponent() {
        CostLedger ledger = CostLedger.of(OPERATOR, List.of(
                entry("C-1", CostComponent.STAFF, "1000.00", shares("0.7", "0.3")),
                entry("C-2", CostComponent.STAFF, "500.00", shares("0.5", "0.5")),
                entry("C-3", CostComponent.SECURITY, "300.00", shares("1", "0"))));

        assertThat(ledger.costOf(CREDIT_API, Y2025, CostComponent.STAFF)).isEqualTo(Money.of("950.00"));
        assertThat(ledger.costOf(LOGISTICS_INDEX, Y2025, CostComponent.STAFF)).isEqualTo(Money.of("550.00"));
        assertThat(ledger.costOf(CREDIT_API, Y2025)).isEqualTo(Money.of("1250.00"));
        assertThat(ledger.costByComponent(Y2025)).containsEntry(CostComponent.STAFF, Money.of("1500.00"))
                .containsEntry(CostComponent.SECURITY, Money.of("300.00"))
                .containsEntry(CostComponent.COLLECTION, Money.ZERO);
        assertThat(ledger.total(Y2025)).isEqualTo(Money.of("1800.00"));
        assertThat(ledger.costOf(CREDIT_API, AccountingPeriod.ofYear(2024))).isEqualTo(Money.ZERO);
    }

    @Test
    void everyAllocationTracesToItsEntryWeightsAndBasis() {
        CostLedger ledger = CostLedger.of(OPERATOR, List.of(
                entry("C-1", CostComponent.COLLECTION, "1000.00", shares("0.7", "0.3"))));

        assertThat(ledger.trace(LOGISTICS_INDEX, Y2025)).singleElement().satisfies(a -> {
            assertThat(a.entryId()).isEqualTo("C-1");
            assertThat(a.component()).isEqualTo(CostComponent.COLLECTION);
            assertThat(a.weight()).isEqualByComparingTo("0.3");
            assertThat(a.totalWeight()).isEqualByComparingTo("1");
            assertThat(a.basis()).isEqualTo("shares: enterprise-credit-api 0.7, logistics-index 0.3");
            assertThat(a.amount()).isEqualTo(Money.of("300.00"));
        });
    }

    @Test
    void aCostEntryStraddlingThePeriodAskedAboutIsRefused() {
        AccountingPeriod straddling = new AccountingPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1));
        CostLedger ledger = CostLedger.empty(OPERATOR).with(new CostEntry("C-1", straddling, CostComponent.STAFF,
                Money.of("10.00"), "v", shares("0.5", "0.5")));

        assertThatThrownBy(() -> ledger.total(Y2025)).isInstanceOfSatisfying(PricingRefusedException.class,
                e -> assertThat(e.rule()).isEqualTo(PricingRule.COST_ENTRY_STRADDLES_PERIOD));
        assertThat(ledger.total(straddling)).isEqualTo(Money.of("10.00"));
    }

    @Test
    void aMonthlyEntryCountsTowardsItsYear() {
        CostLedger ledger = CostLedger.empty(OPERATOR).with(new CostEntry("C-1",
                new AccountingPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)), CostComponent.STAFF,
                Money.of("10.00"), "v", shares("0.5", "0.5")));

        assertThat(ledger.total(Y2025)).isEqualTo(Money.of("10.00"));
    }

    @Test
    void aCostEntryIsBookedOnce() {
        CostLedger ledger = CostLedger.empty(OPERATOR).with(entry("C-1", CostComponent.STAFF, "1.00",
                shares("0.5", "0.5")));

        assertThatThrownBy(() -> ledger.with(entry("C-1", CostComponent.STAFF, "2.00", shares("0.5", "0.5"))))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.DUPLICATE_RECORD));
    }
}
