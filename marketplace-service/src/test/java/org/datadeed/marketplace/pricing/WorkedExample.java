package org.datadeed.marketplace.pricing;

import static org.datadeed.marketplace.pricing.Fixtures.AUTHORITY;
import static org.datadeed.marketplace.pricing.Fixtures.CHINA;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.LOGISTICS_INDEX;
import static org.datadeed.marketplace.pricing.Fixtures.OPERATOR;
import static org.datadeed.marketplace.pricing.Fixtures.day;
import static org.datadeed.marketplace.pricing.Fixtures.price;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * The worked example of {@code docs/pricing.md}: one operator, two products, the year 2025, from the cost ledger to
 * the MAR, the ceilings and prices, three quotes, the MAR tracker and the annual report.
 */
final class WorkedExample {

    static final AccountingPeriod Y2025 = AccountingPeriod.ofYear(2025);
    static final AccountingPeriod Y2024 = AccountingPeriod.ofYear(2024);

    final CostLedger ledger;
    final MarParameters marParameters = new MarParameters(Ratio.of("0.08"), Ratio.of("0.25"), TaxBase.PERMITTED_PROFIT);
    final CarriedExcess carriedFrom2024 = new CarriedExcess(Y2024, Money.of("123456.78"));
    final MarCalculation mar;

    final CeilingRegister creditCeilings;
    final PriceScheduleRegister creditSchedules;
    final CeilingRegister logisticsCeilings;
    final PriceScheduleRegister logisticsSchedules;

    final QuotePolicy policy = new QuotePolicy("fj-2025-01", Duration.ofDays(30), new DiscountPolicy(
            Map.of("supply-chain-finance", Ratio.of("0.15")), Ratio.of("0.10"), Ratio.of("0.20")));
    final QuoteEngine engine = new QuoteEngine(policy);
    final Quote creditQuote;
    final Quote logisticsQuote;
    final Quote welfareQuote;

    final MarTracker tracker;
    final AnnualOperatingReport report;

    WorkedExample() {
        ledger = CostLedger.of(OPERATOR, List.of(
                entry("C-01", CostComponent.COLLECTION, "1200000.00", shares("0.7", "0.3")),
                entry("C-02", CostComponent.GOVERNANCE, "800000.00", driver("records governed", "42000000", "18000000")),
                entry("C-03", CostComponent.DEVELOPMENT, "650000.00", shares("0.5", "0.5")),
                entry("C-04", CostComponent.OPERATION_AND_MAINTENANCE, "420000.00",
                        driver("API calls served", "2600000", "400000")),
                entry("C-05", CostComponent.SECURITY, "300000.00", shares("0.6", "0.4")),
                entry("C-06", CostComponent.COMPUTE_AND_STORAGE, "450000.01", driver("compute hours", "2", "1")),
                entry("C-07", CostComponent.STAFF, "1380000.00", shares("0.55", "0.45")),
                entry("C-08", CostComponent.DEPRECIATION, "199999.99", driver("compute hours", "2", "1")),
                entry("C-09", CostComponent.TAXES, "60000.00", shares("0.5", "0.5"))));
        mar = MarCalculation.compute(OPERATOR, Y2025, ledger, marParameters, carriedFrom2024);

        CeilingFiling trial = CeilingFiling.trial(FilingId.of("T-CR-1"), CREDIT_API,
                Tariff.flat(ChargingUnit.CALL, price("0.35")),
                new AuthorityReference(AUTHORITY.body(), "FJDA-2024-trial-009"), day("2024-12-20"), day("2025-01-01"),
                day("2026-01-01"));
        CeilingFiling full = CeilingFiling.full(FilingId.of("F-CR-2"), CREDIT_API, Fixtures.tieredCallCeiling(),
                AUTHORITY, day("2025-03-10"), day("2025-04-01"));
        creditCeilings = CeilingRegister.empty(CREDIT_API).with(trial).with(full);
        PriceScheduleRegister credit = PriceScheduleRegister.empty(CREDIT_API);
        credit = credit.with(credit.propose(Tariff.flat(ChargingUnit.CALL, price("0.32")), "operator pricing desk",
                day("2024-12-25"), day("2025-01-01"), creditCeilings));
        credit = credit.with(credit.propose(Fixtures.tieredCallPrices(), "operator pricing desk", day("2025-03-15"),
                day("2025-04-01"), creditCeilings));
        creditSchedules = credit;

        logisticsCeilings = CeilingRegister.empty(LOGISTICS_INDEX).with(CeilingFiling.full(FilingId.of("F-LG-1"),
                LOGISTICS_INDEX, Fixtures.annualPlusGigabytes("36000", "25"),
                new AuthorityReference(AUTHORITY.body(), "FJDA-2025-004"), day("2025-01-05"), day("2025-01-15")));
        PriceScheduleRegister logistics = PriceScheduleRegister.empty(LOGISTICS_INDEX);
        logisticsSchedules = logistics.with(logistics.propose(Fixtures.annualPlusGigabytes("30000", "18.50"),
                "operator pricing desk", day("2025-01-10"), day("2025-01-15"), logisticsCeilings));

        creditQuote = engine.quote(new QuoteRequest(CREDIT_API, UseCategory.COMMERCIAL, "supply-chain-finance",
                        new RequesterProfile(true, false), List.of(Quantity.of(ChargingUnit.CALL, 250_003)),
                        at("2025-06-15T10:00")), creditCeilings, creditSchedules);
        logisticsQuote = engine.quote(new QuoteRequest(LOGISTICS_INDEX, UseCategory.INDUSTRY, "cold-chain-planning",
                        new RequesterProfile(false, true), List.of(Quantity.of(ChargingUnit.YEAR, 1),
                        Quantity.of(ChargingUnit.GIGABYTE, "1234.567")), at("2025-07-01T09:30")),
                logisticsCeilings, logisticsSchedules);
        welfareQuote = engine.quote(new QuoteRequest(CREDIT_API, UseCategory.PUBLIC_WELFARE, "flood-relief",
                        RequesterProfile.standard(), List.of(Quantity.of(ChargingUnit.CALL, 50_000)),
                        at("2025-08-01T14:00")), creditCeilings, creditSchedules);

        tracker = MarTracker.open(mar)
                .recognise(new RevenueEntry("R-001", LocalDate.of(2025, 6, 20), CREDIT_API, creditQuote.total(),
                        "quote " + creditQuote.digest().substring(0, 12)))
                .recognise(new RevenueEntry("R-002", LocalDate.of(2025, 7, 5), LOGISTICS_INDEX,
                        logisticsQuote.total(), "quote " + logisticsQuote.digest().substring(0, 12)))
                .recognise(new RevenueEntry("R-003", LocalDate.of(2025, 12, 31), CREDIT_API, Money.of("3900000.00"),
                        "other credit API licences, 2025"))
                .recognise(new RevenueEntry("R-004", LocalDate.of(2025, 12, 31), LOGISTICS_INDEX,
                        Money.of("1950000.00"), "other logistics index licences, 2025"));
        report = AnnualOperatingReport.compile(Year.of(2025), CHINA, tracker, ledger,
                List.of(creditCeilings, logisticsCeilings), List.of(creditSchedules, logisticsSchedules));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
    }

    private static CostEntry entry(String id, CostComponent component, String amount, AllocationBasis basis) {
        return new CostEntry(id, Y2025, component, Money.of(amount), "voucher " + id, basis);
    }

    private static AllocationBasis shares(String credit, String logistics) {
        return new AllocationBasis.Shares(Map.of(CREDIT_API, Ratio.of(credit), LOGISTICS_INDEX, Ratio.of(logistics)));
    }

    private static AllocationBasis driver(String driver, String credit, String logistics) {
        return new AllocationBasis.Driver(driver, Map.of(CREDIT_API, new BigDecimal(credit), LOGISTICS_INDEX,
                new BigDecimal(logistics)));
    }
}
