package org.datadeed.marketplace.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.datadeed.marketplace.messages.PriceLineSpec;
import org.datadeed.marketplace.messages.TierSpec;
import org.datadeed.marketplace.pricing.ChargingUnit;
import org.datadeed.marketplace.pricing.PricingRefusedException;
import org.datadeed.marketplace.pricing.PricingRule;
import org.datadeed.marketplace.pricing.Quantity;
import org.datadeed.marketplace.pricing.Tariff;
import org.datadeed.marketplace.pricing.TariffComponent;
import org.datadeed.marketplace.pricing.Tier;
import org.datadeed.marketplace.pricing.UnitPrice;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The translation of the API's price lines into the engine's tariffs and quantities, and of refusals into rules. */
class PriceLinesTest {

    static Stream<Arguments> flatUnits() {
        return Stream.of(
                arguments("PER_PRODUCT", ChargingUnit.PRODUCT),
                arguments("PER_CALL", ChargingUnit.CALL),
                arguments("PER_MONTH", ChargingUnit.MONTH),
                arguments("PER_YEAR", ChargingUnit.YEAR),
                arguments("PER_GB", ChargingUnit.GIGABYTE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flatUnits")
    void aFlatLineIsOneRatePerItsUnit(String unit, ChargingUnit engineUnit) {
        assertThat(PriceLines.tariff(List.of(line(unit, "12.50"))))
                .isEqualTo(Tariff.flat(engineUnit, UnitPrice.of("12.50")));
    }

    @Test
    void aPricePerThousandRecordsIsARatePerRecord() {
        assertThat(PriceLines.tariff(List.of(line("PER_THOUSAND_RECORDS", "5.00"))))
                .isEqualTo(Tariff.flat(ChargingUnit.RECORD, UnitPrice.of("0.005")));
    }

    @Test
    void aPricePerThousandRecordsFinerThanTheEngineKeepsIsRefused() {
        // 0.0001 per thousand is 0.0000001 per record: seven decimals, one more than a unit price may have
        assertRefused(() -> PriceLines.tariff(List.of(line("PER_THOUSAND_RECORDS", "0.0001"))), "price-invalid");
    }

    @Test
    void aTieredLineIsProgressiveBandsPerCallWithAnOpenLastBand() {
        PriceLineSpec tiered = new PriceLineSpec("TIERED_PER_CALL", "0.28", null,
                List.of(new TierSpec(100_000, "0.28"), new TierSpec(1_000_000, "0.195"), new TierSpec(0, "0.12")));
        assertThat(PriceLines.tariff(List.of(tiered))).isEqualTo(Tariff.of(TariffComponent.tiered(ChargingUnit.CALL,
                Tier.upTo(100_000, UnitPrice.of("0.28")), Tier.upTo(1_000_000, UnitPrice.of("0.195")),
                Tier.beyond(UnitPrice.of("0.12")))));
    }

    @Test
    void aTieredLineNeedsItsBands() {
        assertRefused(() -> PriceLines.tariff(List.of(line("TIERED_PER_CALL", "0.28"))), "price-invalid");
    }

    @Test
    void onlyTheLastBandIsOpen() {
        PriceLineSpec bounded = new PriceLineSpec("TIERED_PER_CALL", "0.28", null,
                List.of(new TierSpec(100_000, "0.28"), new TierSpec(200_000, "0.20")));
        assertRefused(() -> PriceLines.tariff(List.of(bounded)), "price-invalid");
    }

    @Test
    void anAnnualPlusUsageLineIsAYearlyFeeAndAFlatRatePerCall() {
        PriceLineSpec annual = new PriceLineSpec("ANNUAL_PLUS_PER_CALL", "0.05", "12000.00", List.of());
        assertThat(PriceLines.tariff(List.of(annual))).isEqualTo(Tariff.of(
                TariffComponent.flat(ChargingUnit.YEAR, UnitPrice.of("12000.00")),
                TariffComponent.flat(ChargingUnit.CALL, UnitPrice.of("0.05"))));
    }

    @Test
    void anAnnualPlusUsageLineMayBandItsCalls() {
        PriceLineSpec annual = new PriceLineSpec("ANNUAL_PLUS_PER_CALL", "0.05", "12000.00",
                List.of(new TierSpec(500_000, "0.05"), new TierSpec(0, "0.03")));
        assertThat(PriceLines.tariff(List.of(annual))).isEqualTo(Tariff.of(
                TariffComponent.flat(ChargingUnit.YEAR, UnitPrice.of("12000.00")),
                TariffComponent.tiered(ChargingUnit.CALL, Tier.upTo(500_000, UnitPrice.of("0.05")),
                        Tier.beyond(UnitPrice.of("0.03")))));
    }

    @Test
    void anAnnualPlusUsageLineNeedsItsAnnualFee() {
        assertRefused(() -> PriceLines.tariff(List.of(line("ANNUAL_PLUS_PER_CALL", "0.05"))), "price-invalid");
    }

    @Test
    void linesCombineIntoOneTariff() {
        assertThat(PriceLines.tariff(List.of(line("PER_GB", "2.00"), line("PER_MONTH", "300.00"))).units())
                .containsExactlyInAnyOrder(ChargingUnit.GIGABYTE, ChargingUnit.MONTH);
    }

    static Stream<Arguments> malformedLines() {
        return Stream.of(
                arguments("an unknown unit", List.of(line("PER_CENTURY", "1.00"))),
                arguments("no lines", List.of()),
                arguments("two prices per call", List.of(line("PER_CALL", "0.10"), line("PER_CALL", "0.20"))),
                arguments("a call price and an annual-plus-usage call price",
                        List.of(line("PER_CALL", "0.10"), new PriceLineSpec("ANNUAL_PLUS_PER_CALL", "0.05", "100.00", List.of()))),
                arguments("a negative price", List.of(line("PER_CALL", "-0.10"))),
                arguments("a price that is not a number", List.of(line("PER_CALL", "ten fen"))),
                arguments("more than six decimals", List.of(line("PER_CALL", "0.0000001"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLines")
    void malformedOrContradictoryLinesAreInvalidPrices(String what, List<PriceLineSpec> lines) {
        assertRefused(() -> PriceLines.tariff(lines), "price-invalid");
    }

    // ---------------------------------------------------------------- from price

    @Test
    void theFromPriceIsTheLowestRateOfAnyLineOrBand() {
        List<PriceLineSpec> lines = List.of(line("PER_MONTH", "300.00"),
                new PriceLineSpec("TIERED_PER_CALL", "0.28", null, List.of(new TierSpec(100_000, "0.28"),
                        new TierSpec(0, "0.12"))));
        assertThat(PriceLines.fromPrice(lines)).isEqualByComparingTo("0.12");
    }

    @Test
    void theFromPriceIgnoresTheAnnualFee() {
        assertThat(PriceLines.fromPrice(List.of(new PriceLineSpec("ANNUAL_PLUS_PER_CALL", "0.05", "0.01", List.of()))))
                .isEqualByComparingTo("0.05");
    }

    @Test
    void noLinesHaveNoFromPrice() {
        assertThat(PriceLines.fromPrice(List.of())).isNull();
    }

    // ---------------------------------------------------------------- quantities

    @Test
    void aRequestPricesOneProductAndTheMonthsOfItsTerm() {
        Tariff tariff = PriceLines.tariff(List.of(line("PER_PRODUCT", "1000.00"), line("PER_MONTH", "10.00")));
        assertThat(PriceLines.quantities(tariff, 7, null, null, null))
                .containsExactly(Quantity.of(ChargingUnit.PRODUCT, 1), Quantity.of(ChargingUnit.MONTH, 7));
    }

    @Test
    void aPartYearIsChargedAsAWholeYear() {
        Tariff yearly = PriceLines.tariff(List.of(line("PER_YEAR", "1000.00")));
        assertThat(PriceLines.quantities(yearly, 12, null, null, null)).containsExactly(Quantity.of(ChargingUnit.YEAR, 1));
        assertThat(PriceLines.quantities(yearly, 13, null, null, null)).containsExactly(Quantity.of(ChargingUnit.YEAR, 2));
        assertThat(PriceLines.quantities(yearly, 1, null, null, null)).containsExactly(Quantity.of(ChargingUnit.YEAR, 1));
    }

    @Test
    void usageUnitsTakeTheRequestedVolumes() {
        Tariff usage = PriceLines.tariff(List.of(line("PER_CALL", "0.10"), line("PER_GB", "2.00"),
                line("PER_THOUSAND_RECORDS", "5.00")));
        assertThat(PriceLines.quantities(usage, 12, 250_000L, 2.5, 40L)).containsExactly(
                Quantity.of(ChargingUnit.CALL, 250_000), Quantity.of(ChargingUnit.GIGABYTE, "2.5"),
                Quantity.of(ChargingUnit.RECORD, 40_000));
    }

    @Test
    void aUsageUnitWithoutAVolumeIsLeftForTheEngineToRefuse() {
        Tariff usage = PriceLines.tariff(List.of(line("PER_CALL", "0.10"), line("PER_GB", "2.00"),
                line("PER_THOUSAND_RECORDS", "5.00")));
        assertThat(PriceLines.quantities(usage, 12, null, null, null)).isEmpty();
    }

    @Test
    void aNegativeVolumeIsAnInvalidPrice() {
        Tariff calls = PriceLines.tariff(List.of(line("PER_CALL", "0.10")));
        assertRefused(() -> PriceLines.quantities(calls, 12, -1L, null, null), "price-invalid");
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void anEngineRefusalBecomesAViolationOfItsRuleNamingEveryDetail() {
        PricingRefusedException refused = new PricingRefusedException(List.of(
                new org.datadeed.marketplace.pricing.Violation(PricingRule.PRICE_ABOVE_CEILING, "per call: 0.31 above 0.30"),
                new org.datadeed.marketplace.pricing.Violation(PricingRule.UNIT_NOT_FILED, "no ceiling per GB")));
        assertThatThrownBy(() -> PriceLines.refusing(() -> {
            throw refused;
        }))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("price-above-ceiling");
                    assertThat(violation.getMessage()).isEqualTo("per call: 0.31 above 0.30; no ceiling per GB");
                });
    }

    @Test
    void arithmeticThatCannotBeExactIsAnInvalidPrice() {
        assertRefused(() -> PriceLines.refusing(() -> BigDecimal.ONE.divide(BigDecimal.valueOf(3))), "price-invalid");
    }

    @Test
    void aResultPassesThroughUnchanged() {
        assertThat(PriceLines.refusing(() -> "priced")).isEqualTo("priced");
    }

    private static PriceLineSpec line(String unit, String price) {
        return new PriceLineSpec(unit, price, null, List.of());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.rule()).isEqualTo(rule));
    }
}
