package org.datadeed.marketplace.pricing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Shared test data: products, instants in China Standard Time, and a few tariffs. */
final class Fixtures {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final ProductId CREDIT_API = ProductId.of("enterprise-credit-api");
    static final ProductId LOGISTICS_INDEX = ProductId.of("logistics-index");
    static final OperatorId OPERATOR = OperatorId.of("fj-data-ops");
    static final AuthorityReference AUTHORITY = new AuthorityReference("Fujian Provincial Data Administration",
            "FJDA-2025-017");

    private Fixtures() {
    }

    /** Midnight at the start of {@code isoDate}, China time. */
    static Instant day(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(CHINA).toInstant();
    }

    static UnitPrice price(String yuan) {
        return UnitPrice.of(yuan);
    }

    static Tariff perCall(String yuan) {
        return Tariff.flat(ChargingUnit.CALL, price(yuan));
    }

    /** Ceiling per call: 0.30 up to 100,000 calls, 0.25 above. */
    static Tariff tieredCallCeiling() {
        return Tariff.of(TariffComponent.tiered(ChargingUnit.CALL,
                Tier.upTo(100_000, price("0.30")), Tier.beyond(price("0.25"))));
    }

    /** Fujian-style actual prices per call: 0.28, 0.195 from 100,000, 0.12 from 1,000,000. */
    static Tariff tieredCallPrices() {
        return Tariff.of(TariffComponent.tiered(ChargingUnit.CALL, Tier.upTo(100_000, price("0.28")),
                Tier.upTo(1_000_000, price("0.195")), Tier.beyond(price("0.12"))));
    }

    /** Guangzhou-style: a fixed annual fee plus a usage fee per GB. */
    static Tariff annualPlusGigabytes(String perYear, String perGigabyte) {
        return Tariff.of(TariffComponent.flat(ChargingUnit.YEAR, price(perYear)),
                TariffComponent.flat(ChargingUnit.GIGABYTE, price(perGigabyte)));
    }

    static CeilingFiling filing(ProductId product, String id, Tariff ceiling, String filedOn, String effectiveOn) {
        return CeilingFiling.full(FilingId.of(id), product, ceiling, AUTHORITY, day(filedOn), day(effectiveOn));
    }

    static CeilingRegister ceilings(ProductId product, CeilingFiling... filings) {
        return new CeilingRegister(product, List.of(filings));
    }

    /** A register with one schedule (v1), proposed against {@code ceilings}. */
    static PriceScheduleRegister schedules(CeilingRegister ceilings, Tariff prices, String setOn, String effectiveOn) {
        PriceScheduleRegister empty = PriceScheduleRegister.empty(ceilings.product());
        return empty.with(empty.propose(prices, "pricing-desk", day(setOn), day(effectiveOn), ceilings));
    }

    static QuotePolicy policy(DiscountPolicy discounts) {
        return new QuotePolicy("test-policy-1", Duration.ofDays(30), discounts);
    }

    static DiscountPolicy discounts(String scenario, String scenarioRate, String sme, String research) {
        return new DiscountPolicy(Map.of(scenario, Ratio.of(scenarioRate)), Ratio.of(sme), Ratio.of(research));
    }

    static QuoteRequest request(ProductId product, UseCategory category, RequesterProfile requester, Instant at,
                                Quantity... quantities) {
        return new QuoteRequest(product, category, "credit-assessment", requester, List.of(quantities), at);
    }
}
