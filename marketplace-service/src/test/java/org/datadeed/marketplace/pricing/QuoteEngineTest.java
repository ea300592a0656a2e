package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.LOGISTICS_INDEX;
import static org.datadeed.marketplace.pricing.Fixtures.day;
import static org.datadeed.marketplace.pricing.Fixtures.filing;
import static org.datadeed.marketplace.pricing.Fixtures.perCall;
import static org.datadeed.marketplace.pricing.Fixtures.request;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuoteEngineTest {

    private static final Instant JUNE = day("2025-06-15");

    private final CeilingRegister ceilings = Fixtures.ceilings(CREDIT_API,
            filing(CREDIT_API, "F-1", Fixtures.tieredCallCeiling(), "2025-01-10", "2025-02-01"));
    private final PriceScheduleRegister schedules =
            Fixtures.schedules(ceilings, Fixtures.tieredCallPrices(), "2025-01-20", "2025-02-01");
    private final QuoteEngine engine = new QuoteEngine(Fixtures.policy(
            Fixtures.discounts("supply-chain-finance", "0.15", "0.10", "0.20")));

    private Quote quoteCalls(long calls, RequesterProfile requester) {
        return engine.quote(request(CREDIT_API, UseCategory.COMMERCIAL, requester, JUNE,
                Quantity.of(ChargingUnit.CALL, calls)), ceilings, schedules);
    }

    @Test
    void quoteNeverExceedsFiledCeiling() {
        Quote quote = quoteCalls(250_003, RequesterProfile.standard());

        assertThat(quote.lines()).allSatisfy(line -> {
            assertThat(line.effectiveUnitPrice()).isLessThanOrEqualTo(line.ceilingUnitPrice().perUnit());
            assertThat(line.exactAmount()).isLessThanOrEqualTo(line.ceilingExactAmount());
        });
        BigDecimal ceilingCharge = Fixtures.tieredCallCeiling().component(ChargingUnit.CALL).orElseThrow()
                .exactCharge(new BigDecimal("250003"));
        assertThat(quote.ceilingTotal()).isEqualTo(Money.round(ceilingCharge)).isEqualTo(Money.of("67500.75"));
        assertThat(quote.total()).isEqualTo(Money.of("57250.59")).isLessThanOrEqualTo(quote.ceilingTotal());
    }

    @Test
    void aQuoteAboveTheCeilingCannotBeConstructed() {
        assertThatThrownBy(() -> new QuoteLine("per call", ChargingUnit.CALL, BigDecimal.ZERO, BigDecimal.TEN,
                UnitPrice.of("0.31"), Ratio.ZERO, new BigDecimal("0.31"), new BigDecimal("3.1"), Money.of("3.10"),
                UnitPrice.of("0.30"), new BigDecimal("3"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds what the ceiling allows");
    }

    @Test
    void quoteStatesTheFilingAndScheduleVersionItUsed() {
        Quote quote = quoteCalls(1000, RequesterProfile.standard());

        assertThat(quote.basis()).isEqualTo(new QuoteBasis.Charged(FilingId.of("F-1"), 1, "test-policy-1",
                QuoteEngine.RULES_VERSION));
        assertThat(quote.canonicalText()).contains("basis: ceiling-filing=F-1 schedule-version=1");
    }

    @Test
    void aQuoteIsRecomputedByteForByteFromItsBasis() {
        Quote quote = quoteCalls(250_003, new RequesterProfile(true, false));
        CeilingRegister later = ceilings.with(filing(CREDIT_API, "F-2", perCall("0.20"), "2025-07-01", "2025-08-01"));

        Quote recomputed = engine.recompute(quote, later, schedules);

        assertThat(recomputed).isEqualTo(quote);
        assertThat(recomputed.canonicalText()).isEqualTo(quote.canonicalText());
        assertThat(recomputed.digest()).isEqualTo(quote.digest()).hasSize(64);
    }

    @Test
    void recomputingUnderAnotherPolicyVersionIsRefused() {
        Quote quote = quoteCalls(1000, RequesterProfile.standard());
        QuoteEngine other = new QuoteEngine(new QuotePolicy("test-policy-2", Duration.ofDays(30),
                DiscountPolicy.none()));

        assertThatThrownBy(() -> other.recompute(quote, ceilings, schedules))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.UNKNOWN_BASIS));
    }

    @Test
    void recomputingAgainstAnAlteredHistoryIsRefused() {
        Quote quote = quoteCalls(1000, RequesterProfile.standard());
        PriceSchedule backdated = schedules.propose(perCall("0.10"), "desk", day("2025-03-01"), day("2025-03-01"),
                ceilings);
        PriceScheduleRegister rewritten = schedules.with(backdated);

        assertThatThrownBy(() -> engine.recompute(quote, ceilings, rewritten))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.BASIS_NOT_IN_FORCE));
        assertThatThrownBy(() -> engine.recompute(quote, ceilings, PriceScheduleRegister.empty(CREDIT_API)))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.UNKNOWN_BASIS));
    }

    @ParameterizedTest
    @EnumSource(value = UseCategory.class, names = {"PUBLIC_WELFARE", "PUBLIC_GOVERNANCE"})
    void publicWelfareUseIsFreeButNeedsEligibilityReview(UseCategory category) {
        Quote quote = engine.quote(request(CREDIT_API, category, new RequesterProfile(true, true), JUNE,
                Quantity.of(ChargingUnit.CALL, 50_000)), ceilings, schedules);

        assertThat(quote.total()).isEqualTo(Money.ZERO);
        assertThat(quote.eligibilityReviewRequired()).isTrue();
        assertThat(quote.basis()).isInstanceOf(QuoteBasis.FreeOfCharge.class);
        assertThat(quote.discount()).isEqualTo(Discount.NONE);
        assertThat(quote.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualByComparingTo("50000");
            assertThat(line.unitPrice()).isEqualTo(UnitPrice.ZERO);
            assertThat(line.description()).contains("free of charge");
        });
    }

    @Test
    void freeUseNeedsNoCeilingOrSchedule() {
        Quote quote = engine.quote(request(LOGISTICS_INDEX, UseCategory.PUBLIC_GOVERNANCE, RequesterProfile.standard(),
                JUNE, Quantity.of(ChargingUnit.GIGABYTE, "2.5")), CeilingRegister.empty(LOGISTICS_INDEX),
                PriceScheduleRegister.empty(LOGISTICS_INDEX));

        assertThat(quote.total()).isEqualTo(Money.ZERO);
        assertThat(quote.eligibilityReviewRequired()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = UseCategory.class, names = {"INDUSTRY", "COMMERCIAL"})
    void industryAndCommercialUsePayUnderTheCeilingWithoutEligibilityReview(UseCategory category) {
        Quote quote = engine.quote(request(CREDIT_API, category, RequesterProfile.standard(), JUNE,
                Quantity.of(ChargingUnit.CALL, 1000)), ceilings, schedules);

        assertThat(quote.total()).isEqualTo(Money.of("280.00"));
        assertThat(quote.eligibilityReviewRequired()).isFalse();
    }

    @Test
    void aDiscountAppliesOnce() {
        Quote undiscounted = quoteCalls(250_003, RequesterProfile.standard());
        Quote sme = quoteCalls(250_003, new RequesterProfile(true, false));

        assertThat(sme.discount()).isEqualTo(new Discount(DiscountBasis.SME, Ratio.of("0.10")));
        assertThat(sme.lines()).allSatisfy(line -> assertThat(line.effectiveUnitPrice())
                .isEqualByComparingTo(line.unitPrice().perUnit().multiply(new BigDecimal("0.90"))));
        BigDecimal undiscountedExact = undiscounted.lines().stream().map(QuoteLine::exactAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sme.total()).isEqualTo(Money.round(undiscountedExact.multiply(new BigDecimal("0.9"))))
                .isEqualTo(Money.of("51525.53"));
    }

    @Test
    void onlyTheLargestDiscountApplies() {
        QuoteRequest everything = new QuoteRequest(CREDIT_API, UseCategory.COMMERCIAL, "supply-chain-finance",
                new RequesterProfile(true, true), List.of(Quantity.of(ChargingUnit.CALL, 1000)), JUNE);

        Quote quote = engine.quote(everything, ceilings, schedules);

        assertThat(quote.eligibleDiscounts()).extracting(Discount::basis)
                .containsExactly(DiscountBasis.SUPPORTED_SCENARIO, DiscountBasis.SME, DiscountBasis.RESEARCH);
        assertThat(quote.discount()).isEqualTo(new Discount(DiscountBasis.RESEARCH, Ratio.of("0.20")));
        assertThat(quote.total()).isEqualTo(Money.of("224.00")); // 1000 × 0.28 × 0.80, not × 0.85 × 0.90 × 0.80
    }

    @Test
    void equalDiscountsTieInBasisOrder() {
        DiscountPolicy policy = Fixtures.discounts("supply-chain-finance", "0.10", "0.10", "0");

        assertThat(policy.applicable("supply-chain-finance", new RequesterProfile(true, false)).basis())
                .isEqualTo(DiscountBasis.SUPPORTED_SCENARIO);
        assertThat(policy.applicable("other", new RequesterProfile(false, true))).isEqualTo(Discount.NONE);
    }

    @Test
    void aDiscountNeverIncreasesAPrice() {
        assertThatThrownBy(() -> new Discount(DiscountBasis.SME, Ratio.of("1.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fixtures.discounts("x", "1.5", "0", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ratio.of("-0.05")).isInstanceOf(IllegalArgumentException.class);
        Quote discounted = quoteCalls(7, new RequesterProfile(true, false));
        assertThat(discounted.total()).isLessThanOrEqualTo(quoteCalls(7, RequesterProfile.standard()).total());
    }

    @Test
    void aFixedAnnualFeeAndAUsageFeeAreQuotedAsSeparateLines() {
        CeilingRegister logisticsCeilings = Fixtures.ceilings(LOGISTICS_INDEX, filing(LOGISTICS_INDEX, "L-1",
                Fixtures.annualPlusGigabytes("36000", "25"), "2025-01-05", "2025-01-15"));
        PriceScheduleRegister logisticsSchedules = Fixtures.schedules(logisticsCeilings,
                Fixtures.annualPlusGigabytes("30000", "18.50"), "2025-01-10", "2025-01-15");

        Quote quote = engine.quote(request(LOGISTICS_INDEX, UseCategory.INDUSTRY, RequesterProfile.standard(), JUNE,
                Quantity.of(ChargingUnit.YEAR, 1), Quantity.of(ChargingUnit.GIGABYTE, "1234.567")),
                logisticsCeilings, logisticsSchedules);

        assertThat(quote.lines()).extracting(QuoteLine::amount)
                .containsExactly(Money.of("30000.00"), Money.of("22839.49"));
        assertThat(quote.total()).isEqualTo(Money.of("52839.49"));
        assertThat(quote.ceilingTotal()).isEqualTo(Money.of("66864.18"));
    }

    @Test
    void aFixedFeeCannotBeLeftOutOfAQuote() {
        CeilingRegister logisticsCeilings = Fixtures.ceilings(LOGISTICS_INDEX, filing(LOGISTICS_INDEX, "L-1",
                Fixtures.annualPlusGigabytes("36000", "25"), "2025-01-05", "2025-01-15"));
        PriceScheduleRegister logisticsSchedules = Fixtures.schedules(logisticsCeilings,
                Fixtures.annualPlusGigabytes("30000", "18.50"), "2025-01-10", "2025-01-15");

        assertThatThrownBy(() -> engine.quote(request(LOGISTICS_INDEX, UseCategory.INDUSTRY,
                RequesterProfile.standard(), JUNE, Quantity.of(ChargingUnit.GIGABYTE, "10")),
                logisticsCeilings, logisticsSchedules))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.QUANTITY_MISSING));
    }

    @Test
    void aUnitTheScheduleDoesNotChargeIsRefused() {
        assertThatThrownBy(() -> engine.quote(request(CREDIT_API, UseCategory.INDUSTRY, RequesterProfile.standard(),
                JUNE, Quantity.of(ChargingUnit.CALL, 10), Quantity.of(ChargingUnit.MONTH, 1)), ceilings, schedules))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.UNIT_NOT_OFFERED));
    }

    @Test
    void aRequestMustDeclareItsScenario() {
        assertThatThrownBy(() -> new QuoteRequest(CREDIT_API, UseCategory.INDUSTRY, " ", RequesterProfile.standard(),
                List.of(), JUNE)).isInstanceOfSatisfying(PricingRefusedException.class,
                e -> assertThat(e.rule().code()).isEqualTo("scenario-required"));
    }

    @Test
    void aQuoteIsBindingForTheConfiguredValidityWindow() {
        Quote quote = quoteCalls(10, RequesterProfile.standard());

        assertThat(quote.validUntil()).isEqualTo(JUNE.plus(Duration.ofDays(30)));
        assertThat(quote.isBindingAt(JUNE)).isTrue();
        assertThat(quote.isBindingAt(JUNE.plus(Duration.ofDays(30)).minusNanos(1))).isTrue();
        assertThat(quote.isBindingAt(JUNE.plus(Duration.ofDays(30)))).isFalse();
        assertThat(quote.isBindingAt(JUNE.minusSeconds(1))).isFalse();
    }

    @Test
    void theTotalIsRoundedOnceAndTheLinesAddUpToIt() {
        // 0.015 per call at two tiers of one call each: 0.015 + 0.015 = 0.03, not 0.02 + 0.02
        CeilingRegister penny = Fixtures.ceilings(CREDIT_API,
                filing(CREDIT_API, "P-1", perCall("0.015"), "2025-01-01", "2025-01-01"));
        PriceScheduleRegister tiered = Fixtures.schedules(penny, Tariff.of(TariffComponent.tiered(ChargingUnit.CALL,
                Tier.upTo(1, UnitPrice.of("0.015")), Tier.beyond(UnitPrice.of("0.015")))), "2025-01-01", "2025-01-01");

        Quote quote = new QuoteEngine(Fixtures.policy(DiscountPolicy.none())).quote(request(CREDIT_API,
                UseCategory.INDUSTRY, RequesterProfile.standard(), JUNE, Quantity.of(ChargingUnit.CALL, 2)), penny,
                tiered);

        assertThat(quote.total()).isEqualTo(Money.of("0.03")).isEqualTo(quote.ceilingTotal());
        assertThat(quote.lines()).extracting(QuoteLine::amount).containsExactly(Money.of("0.02"), Money.of("0.01"));
    }

    @Test
    void aQuoteIsRefusedWhenALowerCeilingNowBindsTheSchedule() {
        CeilingRegister lowered = ceilings.with(filing(CREDIT_API, "F-2", perCall("0.20"), "2025-05-01", "2025-06-01"));

        assertThatThrownBy(() -> engine.quote(request(CREDIT_API, UseCategory.INDUSTRY, RequesterProfile.standard(),
                JUNE, Quantity.of(ChargingUnit.CALL, 10)), lowered, schedules))
                .isInstanceOfSatisfying(PricingRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(PricingRule.PRICE_ABOVE_CEILING);
                    assertThat(e.getMessage()).contains("filing F-2");
                });
    }

    @Test
    void noChargedQuoteWithoutACeilingAndAScheduleInForce() {
        QuoteRequest january = request(CREDIT_API, UseCategory.INDUSTRY, RequesterProfile.standard(),
                day("2025-01-15"), Quantity.of(ChargingUnit.CALL, 10));

        assertThatThrownBy(() -> engine.quote(january, ceilings, schedules))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.NO_CEILING_IN_FORCE));
        assertThatThrownBy(() -> engine.quote(request(CREDIT_API, UseCategory.INDUSTRY, RequesterProfile.standard(),
                JUNE, Quantity.of(ChargingUnit.CALL, 10)), ceilings, PriceScheduleRegister.empty(CREDIT_API)))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.NO_SCHEDULE_IN_FORCE));
    }

    @Test
    void aQuoteUsesTheRegistersOfItsOwnProduct() {
        assertThatThrownBy(() -> engine.quote(request(LOGISTICS_INDEX, UseCategory.INDUSTRY,
                RequesterProfile.standard(), JUNE, Quantity.of(ChargingUnit.CALL, 10)), ceilings, schedules))
                .isInstanceOfSatisfying(PricingRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(PricingRule.WRONG_PRODUCT));
    }
}
