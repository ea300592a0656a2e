package org.datadeed.marketplace.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.CoreMatchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.CeilingFiledEvent;
import org.datadeed.marketplace.messages.FileCeilingCommand;
import org.datadeed.marketplace.messages.PriceLineSpec;
import org.datadeed.marketplace.messages.PriceScheduleSetEvent;
import org.datadeed.marketplace.messages.ProductTermsSetEvent;
import org.datadeed.marketplace.messages.ProductTermsSpec;
import org.datadeed.marketplace.messages.ScenarioDiscountSpec;
import org.datadeed.marketplace.messages.SetPriceScheduleCommand;
import org.datadeed.marketplace.messages.SetProductTermsCommand;
import org.datadeed.marketplace.messages.TierSpec;
import org.datadeed.marketplace.pricing.MarParameters;
import org.datadeed.marketplace.pricing.Ratio;
import org.datadeed.marketplace.pricing.TaxBase;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offer aggregate ({@code offer:<productId>}): licence terms, ceiling filings and the price schedule, which never
 * exceeds the ceiling in force. The pricing engine has its own tests; these check the aggregate's use of it.
 */
class ProductTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final MarketplacePolicy POLICY = new MarketplacePolicy(ZONE, 60, Duration.ofDays(30), "test-policy-1",
            Ratio.ZERO, Ratio.ZERO, new MarParameters(Ratio.percent("8"), Ratio.ZERO, TaxBase.OPERATING_COST), "CN");

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-4000-8000-00000000b001");
    private static final String OFFER = "offer:" + PRODUCT;
    private static final UUID FILING = UUID.fromString("00000000-0000-4000-8000-00000000f001");
    private static final UUID SECOND_FILING = UUID.fromString("00000000-0000-4000-8000-00000000f002");
    private static final String OPERATOR_ORG = "org-port-ops";
    private static final Actor OPERATOR = new Actor("oscar", OPERATOR_ORG, "OPERATOR");
    private static final Actor AUTHORITY_CLERK = new Actor("pat", "zj-price-bureau", "OPERATOR");
    private static final Instant NOW = LocalDate.of(2026, 3, 10).atTime(10, 0).atZone(ZONE).toInstant();
    private static final Instant EARLIER = NOW.minus(Duration.ofDays(10));

    private static final ProductTermsSpec TERMS = new ProductTermsSpec(List.of("COMMERCIAL", "INDUSTRY"), "API", 12,
            1000L, 10.0, 90, true, false);
    private static final List<PriceLineSpec> CEILING = List.of(line("PER_CALL", "0.30"), line("PER_YEAR", "5000.00"));

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(POLICY);
    }

    @Test
    void theOfferHasItsOwnStreamApartFromTheProductsRegistration() {
        assertThat(setTerms(TERMS).offerId()).isEqualTo(OFFER);
        assertThat(fileCeiling(FILING, NOW, NOW, null, false, CEILING).offerId()).isEqualTo(OFFER);
        assertThat(setPrices(List.of(line("PER_CALL", "0.20")), List.of(), NOW).offerId()).isEqualTo(OFFER);
        fixture.givenNoPriorActivity().when(setTerms(TERMS))
                .expectSuccessfulHandlerExecution()
                .expectState(product -> assertThat(product).extracting("offerId").isEqualTo(OFFER));
    }

    // ---------------------------------------------------------------- terms

    @Test
    void theOperatorSetsTheProductsTerms() {
        fixture.givenNoPriorActivity().when(setTerms(TERMS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProductTermsSetEvent(PRODUCT, OPERATOR_ORG, TERMS, OPERATOR, NOW));
    }

    @Test
    void termsMayBeChangedLater() {
        ProductTermsSpec manual = new ProductTermsSpec(List.of("COMMERCIAL"), "API", 24, null, 5.0, 80, false, true);
        fixture.given(termsSet()).when(setTerms(manual))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProductTermsSetEvent(PRODUCT, OPERATOR_ORG, manual, OPERATOR, NOW));
    }

    @Test
    void termsOfferAtLeastOneUseCategory() {
        ProductTermsSpec none = new ProductTermsSpec(List.of(), "API", 12, 1000L, 10.0, 90, true, false);
        fixture.givenNoPriorActivity().when(setTerms(none)).expectException(violating("use-category-required"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {-1, 0, 61, 120})
    void aTermRunsOneToTheLongestTermMonths(int months) {
        ProductTermsSpec terms = new ProductTermsSpec(List.of("COMMERCIAL"), "API", months, 1000L, 10.0, 90, true, false);
        fixture.givenNoPriorActivity().when(setTerms(terms)).expectException(violating("term-too-long")).expectNoEvents();
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {1, 60})
    void theShortestAndTheLongestTermsAreAllowed(int months) {
        ProductTermsSpec terms = new ProductTermsSpec(List.of("COMMERCIAL"), "API", months, 1000L, 10.0, 90, true, false);
        fixture.givenNoPriorActivity().when(setTerms(terms))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProductTermsSetEvent(PRODUCT, OPERATOR_ORG, terms, OPERATOR, NOW));
    }

    // ---------------------------------------------------------------- ceilings

    @Test
    void aCeilingIsFiledForTheProduct() {
        fixture.givenNoPriorActivity().when(fileCeiling(FILING, NOW, NOW, null, false, CEILING))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ceilingFiled(FILING, NOW, NOW, null, false, CEILING))
                .expectState(product -> assertThat(pricing(product).ceilings().inForceAt(NOW)).isPresent());
    }

    @Test
    void aCeilingMayBeFiledToTakeEffectLater() {
        fixture.given(termsSet()).when(fileCeiling(FILING, NOW, NOW.plus(Duration.ofDays(30)), null, false, CEILING))
                .expectSuccessfulHandlerExecution()
                .expectState(product -> {
                    assertThat(pricing(product).ceilings().inForceAt(NOW)).isEmpty();
                    assertThat(pricing(product).ceilings().inForceAt(NOW.plus(Duration.ofDays(30)))).isPresent();
                });
    }

    @Test
    void aTrialFilingNeedsItsOwnExpiry() {
        fixture.givenNoPriorActivity().when(fileCeiling(FILING, NOW, NOW, null, true, CEILING))
                .expectException(violating("trial-without-expiry")).expectNoEvents();
    }

    @Test
    void aTrialFilingWithItsExpiryIsFiled() {
        Instant expiry = NOW.plus(Duration.ofDays(180));
        fixture.givenNoPriorActivity().when(fileCeiling(FILING, NOW, NOW, expiry, true, CEILING))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ceilingFiled(FILING, NOW, NOW, expiry, true, CEILING))
                .expectState(product -> assertThat(pricing(product).ceilings().inForceAt(expiry)).isEmpty());
    }

    @Test
    void aFilingDoesNotTakeEffectBeforeItIsFiled() {
        fixture.givenNoPriorActivity().when(fileCeiling(FILING, NOW, NOW.minusSeconds(1), null, false, CEILING))
                .expectException(violating("retroactive-effective-date")).expectNoEvents();
    }

    @Test
    void aFilingExpiresAfterItTakesEffect() {
        fixture.givenNoPriorActivity().when(fileCeiling(FILING, NOW, NOW, NOW, false, CEILING))
                .expectException(violating("price-invalid")).expectNoEvents();
    }

    @Test
    void aFilingIsRecordedOnce() {
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, CEILING))
                .when(fileCeiling(FILING, NOW, NOW, null, false, CEILING))
                .expectException(violating("duplicate-record")).expectNoEvents();
    }

    @Test
    void filingsAreRecordedInTheOrderFiled() {
        fixture.given(ceilingFiled(FILING, NOW, NOW, null, false, CEILING))
                .when(fileCeiling(SECOND_FILING, EARLIER, NOW, null, false, CEILING))
                .expectException(violating("recorded-out-of-order")).expectNoEvents();
    }

    @Test
    void aCeilingWithMalformedLinesIsRefused() {
        fixture.givenNoPriorActivity().when(fileCeiling(FILING, NOW, NOW, null, false, List.of(line("PER_CENTURY", "1.00"))))
                .expectException(violating("price-invalid")).expectNoEvents();
    }

    // ---------------------------------------------------------------- price schedule

    @Test
    void pricesWithinTheCeilingInForceAreSet() {
        List<PriceLineSpec> prices = List.of(line("PER_CALL", "0.30"), line("PER_YEAR", "4800.00"));
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, CEILING))
                .when(setPrices(prices, List.of(), NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PriceScheduleSetEvent(PRODUCT, 1, OPERATOR_ORG, prices, List.of(), OPERATOR, NOW))
                .expectState(product -> assertThat(pricing(product).schedules().inForceAt(NOW)).isPresent());
    }

    @Test
    void scheduleVersionsAreNumberedInOrder() {
        List<PriceLineSpec> cheaper = List.of(line("PER_CALL", "0.10"));
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, CEILING),
                        scheduleSet(1, List.of(line("PER_CALL", "0.20")), EARLIER))
                .when(setPrices(cheaper, List.of(), NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PriceScheduleSetEvent(PRODUCT, 2, OPERATOR_ORG, cheaper, List.of(), OPERATOR, NOW));
    }

    @Test
    void aScheduleIsNotSetBeforeTheLastOne() {
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, CEILING),
                        scheduleSet(1, List.of(line("PER_CALL", "0.20")), NOW))
                .when(setPrices(List.of(line("PER_CALL", "0.10")), List.of(), NOW.minusSeconds(60)))
                .expectException(violating("recorded-out-of-order")).expectNoEvents();
    }

    @Test
    void aPriceAboveTheCeilingIsRefused() {
        expectPricesRefused(CEILING, List.of(line("PER_CALL", "0.31")), "price-above-ceiling");
    }

    @Test
    void aTierAboveTheTieredCeilingIsRefused() {
        List<PriceLineSpec> tieredCeiling = List.of(tiered("TIERED_PER_CALL", new TierSpec(100_000, "0.30"),
                new TierSpec(0, "0.25")));
        // 0.28 is within the first band's ceiling, but above the ceiling of the calls beyond 100,000
        expectPricesRefused(tieredCeiling, List.of(line("PER_CALL", "0.28")), "price-above-ceiling");
    }

    @Test
    void tieredPricesWithinATieredCeilingAreSet() {
        List<PriceLineSpec> tieredCeiling = List.of(tiered("TIERED_PER_CALL", new TierSpec(100_000, "0.30"),
                new TierSpec(0, "0.25")));
        List<PriceLineSpec> prices = List.of(tiered("TIERED_PER_CALL", new TierSpec(100_000, "0.28"),
                new TierSpec(1_000_000, "0.195"), new TierSpec(0, "0.12")));
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, tieredCeiling))
                .when(setPrices(prices, List.of(), NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PriceScheduleSetEvent(PRODUCT, 1, OPERATOR_ORG, prices, List.of(), OPERATOR, NOW));
    }

    @Test
    void anAnnualFeeAboveTheFiledYearlyCeilingIsRefused() {
        PriceLineSpec annualPlusCalls = new PriceLineSpec("ANNUAL_PLUS_PER_CALL", "0.20", "5000.01", List.of());
        expectPricesRefused(CEILING, List.of(annualPlusCalls), "price-above-ceiling");
    }

    @Test
    void aUnitTheCeilingDoesNotFileIsRefused() {
        expectPricesRefused(CEILING, List.of(line("PER_GB", "1.00")), "unit-not-filed");
    }

    @Test
    void anAnnualFeeNeedsAYearlyCeiling() {
        PriceLineSpec annualPlusCalls = new PriceLineSpec("ANNUAL_PLUS_PER_CALL", "0.20", "100.00", List.of());
        expectPricesRefused(List.of(line("PER_CALL", "0.30")), List.of(annualPlusCalls), "unit-not-filed");
    }

    @Test
    void pricesNeedACeilingInForce() {
        fixture.givenNoPriorActivity().when(setPrices(List.of(line("PER_CALL", "0.01")), List.of(), NOW))
                .expectException(violating("no-ceiling-in-force")).expectNoEvents();
    }

    @Test
    void aCeilingNotYetInEffectDoesNotCount() {
        fixture.given(ceilingFiled(FILING, EARLIER, NOW.plusSeconds(1), null, false, CEILING))
                .when(setPrices(List.of(line("PER_CALL", "0.01")), List.of(), NOW))
                .expectException(violating("no-ceiling-in-force")).expectNoEvents();
    }

    @Test
    void anExpiredTrialCeilingLeavesNothingInForce() {
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, NOW, true, CEILING))
                .when(setPrices(List.of(line("PER_CALL", "0.01")), List.of(), NOW))
                .expectException(violating("no-ceiling-in-force")).expectNoEvents();
    }

    @Test
    void aLaterLowerCeilingBindsFromItsEffectiveDate() {
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, List.of(line("PER_CALL", "0.50"))),
                        ceilingFiled(SECOND_FILING, EARLIER.plusSeconds(60), NOW, null, false, List.of(line("PER_CALL", "0.30"))))
                .when(setPrices(List.of(line("PER_CALL", "0.40")), List.of(), NOW))
                .expectException(violating("price-above-ceiling")).expectNoEvents();
    }

    @Test
    void aSupersededCeilingDoesNotReviveWhenItsSuccessorExpires() {
        Instant trialEnds = NOW.minus(Duration.ofDays(1));
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, List.of(line("PER_CALL", "0.50"))),
                        ceilingFiled(SECOND_FILING, EARLIER, EARLIER.plusSeconds(60), trialEnds, true,
                                List.of(line("PER_CALL", "0.60"))))
                .when(setPrices(List.of(line("PER_CALL", "0.40")), List.of(), NOW))
                .expectException(violating("no-ceiling-in-force")).expectNoEvents();
    }

    @Test
    void aScheduleWithMalformedLinesIsRefused() {
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, CEILING))
                .when(setPrices(List.of(), List.of(), NOW))
                .expectException(violating("price-invalid")).expectNoEvents();
    }

    // ---------------------------------------------------------------- scenario discounts

    @ParameterizedTest(name = "{0} %")
    @ValueSource(ints = {-5, 0, 101})
    void aScenarioDiscountIsOneToAHundredPercent(int percent) {
        expectDiscountsRefused(List.of(new ScenarioDiscountSpec("route-planning", percent)));
    }

    @ParameterizedTest(name = "scenario ''{0}''")
    @ValueSource(strings = {"", "  "})
    void aScenarioDiscountNamesItsScenario(String scenario) {
        expectDiscountsRefused(List.of(new ScenarioDiscountSpec(scenario, 10)));
    }

    @Test
    void aScenarioDiscountWithoutScenarioIsRefused() {
        expectDiscountsRefused(List.of(new ScenarioDiscountSpec(null, 10)));
    }

    @Test
    void eachScenarioHasOneDiscount() {
        expectDiscountsRefused(List.of(new ScenarioDiscountSpec("route-planning", 10),
                new ScenarioDiscountSpec("insurance-pricing", 5), new ScenarioDiscountSpec("route-planning", 20)));
    }

    @Test
    void scenarioDiscountsComeWithTheirScheduleVersion() {
        List<ScenarioDiscountSpec> discounts = List.of(new ScenarioDiscountSpec("route-planning", 1),
                new ScenarioDiscountSpec("public-health", 100));
        List<PriceLineSpec> prices = List.of(line("PER_CALL", "0.30"));
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, CEILING))
                .when(setPrices(prices, discounts, NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PriceScheduleSetEvent(PRODUCT, 1, OPERATOR_ORG, prices, discounts, OPERATOR, NOW))
                .expectState(product -> {
                    assertThat(pricing(product).scenarioDiscounts(1)).isEqualTo(Map.of(
                            "route-planning", Ratio.percent("1"), "public-health", Ratio.ONE));
                    assertThat(pricing(product).scenarioDiscounts(2)).isEmpty();
                });
    }

    // ================================================================ helpers

    private void expectPricesRefused(List<PriceLineSpec> ceiling, List<PriceLineSpec> prices, String rule) {
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, ceiling))
                .when(setPrices(prices, List.of(), NOW))
                .expectException(violating(rule)).expectNoEvents();
    }

    private void expectDiscountsRefused(List<ScenarioDiscountSpec> discounts) {
        fixture.given(ceilingFiled(FILING, EARLIER, EARLIER, null, false, CEILING))
                .when(setPrices(List.of(line("PER_CALL", "0.30")), discounts, NOW))
                .expectException(violating("discount-invalid")).expectNoEvents();
    }

    private static ProductPricing pricing(Product product) {
        try {
            java.lang.reflect.Field field = Product.class.getDeclaredField("pricing");
            field.setAccessible(true);
            return (ProductPricing) field.get(product);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Matcher<DomainRuleViolation> violating(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a violation of the rule", "rule") {
            @Override
            protected String featureValueOf(DomainRuleViolation actual) {
                return actual.rule();
            }
        };
    }

    private static PriceLineSpec line(String unit, String price) {
        return new PriceLineSpec(unit, price, null, List.of());
    }

    private static PriceLineSpec tiered(String unit, TierSpec... tiers) {
        return new PriceLineSpec(unit, tiers[0].unitPrice(), null, List.of(tiers));
    }

    private static Object termsSet() {
        return new ProductTermsSetEvent(PRODUCT, OPERATOR_ORG, TERMS, OPERATOR, EARLIER);
    }

    private static SetProductTermsCommand setTerms(ProductTermsSpec terms) {
        return new SetProductTermsCommand(PRODUCT, OPERATOR_ORG, terms, OPERATOR, NOW);
    }

    private static FileCeilingCommand fileCeiling(UUID filing, Instant at, Instant from, Instant until, boolean trial,
                                                  List<PriceLineSpec> ceilings) {
        return new FileCeilingCommand(PRODUCT, filing, OPERATOR_ORG, "ZJ-PB-2026-017", "Zhejiang Price Bureau", from, until,
                trial, ceilings, AUTHORITY_CLERK, at);
    }

    private static CeilingFiledEvent ceilingFiled(UUID filing, Instant at, Instant from, Instant until, boolean trial,
                                                  List<PriceLineSpec> ceilings) {
        return new CeilingFiledEvent(PRODUCT, filing, OPERATOR_ORG, "ZJ-PB-2026-017", "Zhejiang Price Bureau", from, until,
                trial, ceilings, AUTHORITY_CLERK, at);
    }

    private static SetPriceScheduleCommand setPrices(List<PriceLineSpec> prices, List<ScenarioDiscountSpec> discounts,
                                                     Instant at) {
        return new SetPriceScheduleCommand(PRODUCT, OPERATOR_ORG, prices, discounts, OPERATOR, at);
    }

    private static PriceScheduleSetEvent scheduleSet(int version, List<PriceLineSpec> prices, Instant at) {
        return new PriceScheduleSetEvent(PRODUCT, version, OPERATOR_ORG, prices, List.of(), OPERATOR, at);
    }
}
