package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.perCall;
import static org.datadeed.marketplace.pricing.Fixtures.price;

import org.junit.jupiter.api.Test;

class CeilingComplianceTest {

    @Test
    void aPriceAboveTheCeilingIsAViolationNamedPriceAboveCeiling() {
        assertThat(CeilingCompliance.check(perCall("0.31"), perCall("0.30"))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(PricingRule.PRICE_ABOVE_CEILING);
            assertThat(v.rule().code()).isEqualTo("price-above-ceiling");
            assertThat(v.detail()).contains("0.31", "0.30");
        });
    }

    @Test
    void aPriceEqualToTheCeilingComplies() {
        assertThat(CeilingCompliance.check(perCall("0.30"), perCall("0.30"))).isEmpty();
        assertThat(CeilingCompliance.check(Fixtures.tieredCallPrices(), Fixtures.tieredCallCeiling())).isEmpty();
    }

    @Test
    void aFlatPriceAboveALowerCeilingTierIsAViolationForThatTierOnly() {
        assertThat(CeilingCompliance.check(perCall("0.28"), Fixtures.tieredCallCeiling())).singleElement()
                .satisfies(v -> assertThat(v.detail()).contains("(100000, ∞]", "0.28", "0.25"));
    }

    @Test
    void aCheaperTierDoesNotOffsetAnotherTierAboveTheCeiling() {
        Tariff prices = Tariff.of(TariffComponent.tiered(ChargingUnit.CALL,
                Tier.upTo(100_000, price("0.10")), Tier.beyond(price("0.26"))));

        // the total for any volume is below the ceiling's, but the price of every call above 100,000 is not
        assertThat(CeilingCompliance.check(prices, Fixtures.tieredCallCeiling()))
                .extracting(Violation::rule).containsExactly(PricingRule.PRICE_ABOVE_CEILING);
    }

    @Test
    void everyPriceAboveTheCeilingIsNamed() {
        Tariff prices = Fixtures.annualPlusGigabytes("40000", "26");
        Tariff ceiling = Fixtures.annualPlusGigabytes("36000", "25");

        assertThat(CeilingCompliance.check(prices, ceiling)).hasSize(2)
                .allSatisfy(v -> assertThat(v.rule()).isEqualTo(PricingRule.PRICE_ABOVE_CEILING));
    }

    @Test
    void aPriceInAUnitTheCeilingDoesNotFileIsRefused() {
        Tariff prices = Tariff.flat(ChargingUnit.MONTH, price("3000"));
        Tariff ceiling = Tariff.flat(ChargingUnit.YEAR, price("36000"));

        assertThat(CeilingCompliance.check(prices, ceiling)).extracting(Violation::rule)
                .containsExactly(PricingRule.UNIT_NOT_FILED);
    }

    @Test
    void aCeilingUnitTheScheduleDoesNotChargeIsNoViolation() {
        assertThat(CeilingCompliance.check(Tariff.flat(ChargingUnit.GIGABYTE, price("20")),
                Fixtures.annualPlusGigabytes("36000", "25"))).isEmpty();
    }

    @Test
    void requireWithinRefusesNamingTheFiling() {
        CeilingFiling filing = Fixtures.filing(Fixtures.CREDIT_API, "F-1", perCall("0.30"), "2025-01-01", "2025-01-01");

        assertThatThrownBy(() -> CeilingCompliance.requireWithin(perCall("0.35"), filing))
                .isInstanceOfSatisfying(PricingRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(PricingRule.PRICE_ABOVE_CEILING);
                    assertThat(e.getMessage()).contains("price-above-ceiling", "filing F-1");
                });
    }
}
