package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.price;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class TariffTest {

    private final TariffComponent fujian = TariffComponent.tiered(ChargingUnit.CALL,
            Tier.upTo(100_000, price("0.30")), Tier.upTo(1_000_000, price("0.20")), Tier.beyond(price("0.10")));

    @Test
    void tiersAddUpToTheWholeVolume() {
        List<TierSegment> segments = fujian.segments(new BigDecimal("1500000"));

        assertThat(segments).extracting(TierSegment::volume).extracting(BigDecimal::toPlainString)
                .containsExactly("100000", "900000", "500000");
        assertThat(segments.stream().map(TierSegment::volume).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1500000");
    }

    @Test
    void eachTierRateAppliesOnlyToTheVolumeInsideThatTier() {
        // 100,000 × 0.30 + 900,000 × 0.20 + 500,000 × 0.10, not 1,500,000 × 0.10
        assertThat(fujian.exactCharge(new BigDecimal("1500000"))).isEqualByComparingTo("260000");
        assertThat(fujian.exactCharge(new BigDecimal("100000"), new BigDecimal("100010"))).isEqualByComparingTo("2");
    }

    @Test
    void aVolumeOnATierBoundaryIsChargedInTheLowerTier() {
        assertThat(fujian.segments(new BigDecimal("100000"))).singleElement()
                .satisfies(s -> assertThat(s.tier()).isEqualTo(1));
        assertThat(fujian.segments(BigDecimal.ZERO)).isEmpty();
        assertThat(fujian.rateAbove(new BigDecimal("100000"))).isEqualTo(price("0.20"));
        assertThat(fujian.rateAbove(new BigDecimal("99999"))).isEqualTo(price("0.30"));
    }

    @Test
    void theLowestRateWithinARangeSpansEveryTierItTouches() {
        assertThat(fujian.lowestRateWithin(new BigDecimal("50000"), new BigDecimal("100000"))).isEqualTo(price("0.30"));
        assertThat(fujian.lowestRateWithin(new BigDecimal("50000"), new BigDecimal("100001"))).isEqualTo(price("0.20"));
        assertThat(fujian.lowestRateWithin(new BigDecimal("0"), new BigDecimal("2000000"))).isEqualTo(price("0.10"));
    }

    @Test
    void aFixedAnnualFeeAndAUsageFeeAreSeparateComponentsOfOneTariff() {
        Tariff guangzhou = Fixtures.annualPlusGigabytes("30000", "18.50");

        assertThat(guangzhou.units()).containsExactly(ChargingUnit.YEAR, ChargingUnit.GIGABYTE);
        assertThat(guangzhou.component(ChargingUnit.GIGABYTE).orElseThrow().exactCharge(new BigDecimal("1234.567")))
                .isEqualByComparingTo("22839.4895");
    }

    @Test
    void tierBoundsMustIncreaseAndOnlyTheLastTierIsUnbounded() {
        assertThatThrownBy(() -> TariffComponent.tiered(ChargingUnit.CALL, Tier.upTo(100, price("1")),
                Tier.upTo(100, price("1")), Tier.beyond(price("1")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TariffComponent.tiered(ChargingUnit.CALL, Tier.upTo(100, price("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TariffComponent.tiered(ChargingUnit.CALL, Tier.beyond(price("1")),
                Tier.beyond(price("1")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TariffComponent.tiered(ChargingUnit.CALL, Tier.upTo("10.5", price("1")),
                Tier.beyond(price("1")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTariffPricesEachUnitOnce() {
        assertThatThrownBy(() -> Tariff.of(TariffComponent.flat(ChargingUnit.CALL, price("1")),
                TariffComponent.flat(ChargingUnit.CALL, price("2")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Tariff.of(TariffComponent.flat(ChargingUnit.GIGABYTE, price("1")),
                TariffComponent.flat(ChargingUnit.YEAR, price("2"))).components())
                .extracting(TariffComponent::unit).containsExactly(ChargingUnit.YEAR, ChargingUnit.GIGABYTE);
    }
}
