package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.pricing.Fixtures.CREDIT_API;
import static org.datadeed.marketplace.pricing.Fixtures.day;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Properties over random tariffs, volumes, discounts and allocations. */
class PricingPropertiesTest {

    private static final int MAX_BOUND = 1_000;

    record Pair(TariffComponent ceiling, TariffComponent prices) {
    }

    record Setup(CeilingRegister ceilings, PriceScheduleRegister schedules) {
    }

    // --- generators -------------------------------------------------------------------------------------------

    /** A per-call tariff component with 1–4 tiers, whole bounds up to 1,000, rates 0–1 yuan to 4 decimals. */
    @Provide
    Arbitrary<TariffComponent> components() {
        Arbitrary<UnitPrice> rates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4)
                .map(UnitPrice::new);
        return Arbitraries.integers().between(1, MAX_BOUND).set().ofMaxSize(3).flatMap(bounds ->
                rates.list().ofSize(bounds.size() + 1).map(r -> {
                    List<Integer> sorted = new ArrayList<>(new TreeSet<>(bounds));
                    List<Tier> tiers = new ArrayList<>();
                    for (int i = 0; i < sorted.size(); i++) {
                        tiers.add(Tier.upTo(sorted.get(i), r.get(i)));
                    }
                    tiers.add(Tier.beyond(r.get(sorted.size())));
                    return new TariffComponent(ChargingUnit.CALL, tiers);
                }));
    }

    /** Prices that comply with {@code ceiling} by construction: each tier at a fraction of the lowest ceiling rate. */
    Arbitrary<TariffComponent> compliantWith(TariffComponent ceiling) {
        Arbitrary<BigDecimal> fractions = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
        return Arbitraries.integers().between(1, MAX_BOUND).set().ofMaxSize(3).flatMap(bounds ->
                fractions.list().ofSize(bounds.size() + 1).map(f -> {
                    List<Integer> sorted = new ArrayList<>(new TreeSet<>(bounds));
                    List<Tier> tiers = new ArrayList<>();
                    BigDecimal from = BigDecimal.ZERO;
                    for (int i = 0; i <= sorted.size(); i++) {
                        BigDecimal to = i < sorted.size() ? BigDecimal.valueOf(sorted.get(i)) : BigDecimal.valueOf(10L * MAX_BOUND);
                        UnitPrice lowest = ceiling.lowestRateWithin(from, to);
                        UnitPrice rate = new UnitPrice(lowest.perUnit().multiply(f.get(i)));
                        tiers.add(i < sorted.size() ? Tier.upTo(sorted.get(i), rate) : Tier.beyond(rate));
                        from = to;
                    }
                    return new TariffComponent(ChargingUnit.CALL, tiers);
                }));
    }

    /** A ceiling and prices that comply about half of the time and are arbitrary otherwise. */
    @Provide
    Arbitrary<Pair> ceilingsAndPrices() {
        return components().flatMap(ceiling -> Arbitraries.oneOf(compliantWith(ceiling), components())
                .map(prices -> new Pair(ceiling, prices)));
    }

    @Provide
    Arbitrary<Setup> compliantSetups() {
        return components().flatMap(ceiling -> compliantWith(ceiling).map(prices -> {
            CeilingRegister ceilings = CeilingRegister.empty(CREDIT_API).with(Fixtures.filing(CREDIT_API, "F-1",
                    new Tariff(List.of(ceiling)), "2025-01-01", "2025-01-01"));
            PriceScheduleRegister schedules = PriceScheduleRegister.empty(CREDIT_API);
            schedules = schedules.with(schedules.propose(new Tariff(List.of(prices)), "desk", day("2025-01-01"),
                    day("2025-01-01"), ceilings));
            return new Setup(ceilings, schedules);
        }));
    }

    @Provide
    Arbitrary<DiscountPolicy> discountPolicies() {
        Arbitrary<Ratio> rates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3)
                .map(Ratio::new);
        return Combinators.combine(rates, rates, rates).as((scenario, sme, research) ->
                new DiscountPolicy(Map.of("supply-chain-finance", scenario), sme, research));
    }

    @Provide
    Arbitrary<RequesterProfile> requesters() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false)).as(RequesterProfile::new);
    }

    @Provide
    Arbitrary<String> scenarios() {
        return Arbitraries.of("supply-chain-finance", "credit-assessment");
    }

    // --- properties -------------------------------------------------------------------------------------------

    @Property(tries = 500)
    void neverAboveTheCeiling(@ForAll("ceilingsAndPrices") Pair pair,
                              @ForAll @IntRange(min = 0, max = 3 * MAX_BOUND) int calls) {
        Tariff ceiling = new Tariff(List.of(pair.ceiling()));
        Tariff prices = new Tariff(List.of(pair.prices()));
        boolean someCallAbove = false;
        for (int call = 1; call <= MAX_BOUND + 1; call++) {
            someCallAbove |= rateOfCall(pair.prices(), call).compareTo(rateOfCall(pair.ceiling(), call)) > 0;
        }
        Statistics.label("complies").collect(!someCallAbove);
        Statistics.label("complies").coverage(c -> {
            c.check(true).percentage(p -> p > 20);
            c.check(false).percentage(p -> p > 20);
        });

        assertThat(CeilingCompliance.check(prices, ceiling).isEmpty()).isEqualTo(!someCallAbove);
        CeilingFiling filing = Fixtures.filing(CREDIT_API, "F-1", ceiling, "2025-01-01", "2025-01-01");
        PriceSchedule schedule = new PriceSchedule(CREDIT_API, 1, prices, "desk", day("2025-01-01"), day("2025-01-01"));
        QuoteEngine engine = new QuoteEngine(Fixtures.policy(DiscountPolicy.none()));
        QuoteRequest request = Fixtures.request(CREDIT_API, UseCategory.COMMERCIAL, RequesterProfile.standard(),
                day("2025-02-01"), Quantity.of(ChargingUnit.CALL, calls));
        if (someCallAbove) {
            assertThatThrownBy(() -> engine.price(request, filing, schedule))
                    .isInstanceOfSatisfying(PricingRefusedException.class,
                            e -> assertThat(e.rule()).isEqualTo(PricingRule.PRICE_ABOVE_CEILING));
            return;
        }
        Quote quote = engine.price(request, filing, schedule);
        assertThat(quote.lines()).allSatisfy(line -> {
            assertThat(line.effectiveUnitPrice()).isLessThanOrEqualTo(line.ceilingUnitPrice().perUnit());
            for (int call = line.from().intValue() + 1; call <= line.to().intValue(); call += 97) {
                assertThat(line.effectiveUnitPrice()).isLessThanOrEqualTo(rateOfCall(pair.ceiling(), call).perUnit());
            }
        });
        Money ceilingForTheSameCalls = Money.round(chargeCallByCall(pair.ceiling(), calls));
        assertThat(quote.ceilingTotal()).isEqualTo(ceilingForTheSameCalls);
        assertThat(quote.total()).isLessThanOrEqualTo(ceilingForTheSameCalls);
    }

    @Property(tries = 300)
    void tiersAddUpToTheWholeVolume(@ForAll("components") TariffComponent component,
                                    @ForAll @IntRange(min = 0, max = 3 * MAX_BOUND) int calls) {
        List<TierSegment> segments = component.segments(BigDecimal.valueOf(calls));

        assertThat(segments.stream().map(TierSegment::volume).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.valueOf(calls));
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).from()).isEqualByComparingTo(segments.get(i - 1).to());
        }
        assertThat(component.exactCharge(BigDecimal.valueOf(calls)))
                .isEqualByComparingTo(chargeCallByCall(component, calls));
    }

    @Property(tries = 300)
    void aDiscountAppliesOnce(@ForAll("compliantSetups") Setup setup,
                              @ForAll("discountPolicies") DiscountPolicy discounts,
                              @ForAll("requesters") RequesterProfile requester,
                              @ForAll("scenarios") String scenario,
                              @ForAll @IntRange(min = 0, max = 3 * MAX_BOUND) int calls) {
        QuoteRequest request = new QuoteRequest(CREDIT_API, UseCategory.INDUSTRY, scenario, requester,
                List.of(Quantity.of(ChargingUnit.CALL, calls)), day("2025-03-01"));
        Quote full = new QuoteEngine(Fixtures.policy(DiscountPolicy.none())).quote(request, setup.ceilings(),
                setup.schedules());
        Quote discounted = new QuoteEngine(Fixtures.policy(discounts)).quote(request, setup.ceilings(),
                setup.schedules());

        Ratio largest = discounted.eligibleDiscounts().stream().map(Discount::rate).max(Ratio::compareTo)
                .orElse(Ratio.ZERO);
        assertThat(discounted.discount().rate()).isEqualTo(largest);
        BigDecimal undiscounted = full.lines().stream().map(QuoteLine::exactAmount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(discounted.total()).isEqualTo(Money.round(largest.complement().applyTo(undiscounted)));
        assertThat(discounted.total()).isLessThanOrEqualTo(full.total());
        assertThat(discounted.lines()).allSatisfy(line -> assertThat(line.effectiveUnitPrice())
                .isEqualByComparingTo(largest.complement().applyTo(line.unitPrice().perUnit())));
    }

    @Property(tries = 500)
    void allocationsAddUpToTheCost(@ForAll @IntRange(min = 1, max = 100_000_000) int fen,
                                   @ForAll("weights") List<BigDecimal> weights) {
        Map<ProductId, BigDecimal> volumes = new TreeMap<>();
        for (int i = 0; i < weights.size(); i++) {
            volumes.put(ProductId.of(String.format("product-%02d", i)), weights.get(i));
        }
        CostEntry entry = new CostEntry("C-1", AccountingPeriod.ofYear(2025), CostComponent.STAFF, Money.ofFen(fen),
                "v", new AllocationBasis.Driver("usage", volumes));

        List<AllocatedCost> parts = CostLedger.allocate(entry);

        assertThat(Money.sum(parts.stream().map(AllocatedCost::amount).toList())).isEqualTo(entry.amount());
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (AllocatedCost part : parts) {
            BigDecimal exactFen = BigDecimal.valueOf(fen).multiply(part.weight()).divide(total, 20, RoundingMode.DOWN);
            assertThat(BigDecimal.valueOf(part.amount().fen()).subtract(exactFen).abs())
                    .isLessThan(BigDecimal.ONE);
        }
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(3).list()
                .ofMinSize(1).ofMaxSize(8).filter(w -> w.stream().anyMatch(x -> x.signum() > 0));
    }

    @Property(tries = 200)
    void quoteRecomputationIsDeterministic(@ForAll("compliantSetups") Setup setup,
                                           @ForAll("discountPolicies") DiscountPolicy discounts,
                                           @ForAll("requesters") RequesterProfile requester,
                                           @ForAll("scenarios") String scenario,
                                           @ForAll @IntRange(min = 0, max = 3 * MAX_BOUND) int calls) {
        QuoteEngine engine = new QuoteEngine(new QuotePolicy("p-1", Duration.ofDays(7), discounts));
        QuoteRequest request = new QuoteRequest(CREDIT_API, UseCategory.COMMERCIAL, scenario, requester,
                List.of(Quantity.of(ChargingUnit.CALL, calls)), day("2025-03-01"));

        Quote quote = engine.quote(request, setup.ceilings(), setup.schedules());
        Quote again = engine.quote(request, setup.ceilings(), setup.schedules());
        Quote recomputed = engine.recompute(quote, setup.ceilings(), setup.schedules());

        assertThat(again).isEqualTo(quote);
        assertThat(recomputed).isEqualTo(quote);
        assertThat(recomputed.canonicalText()).isEqualTo(quote.canonicalText());
        assertThat(recomputed.digest()).isEqualTo(quote.digest());
    }

    @Property(tries = 300)
    void marIsNeverNegativeAndNoExcessIsForgiven(@ForAll @IntRange(min = 1, max = 1_000_000_000) int costFen,
                                                 @ForAll @IntRange(min = 0, max = 2_000_000_000) int carriedFen,
                                                 @ForAll @IntRange(min = 0, max = 300) int profitPermille) {
        AccountingPeriod period = AccountingPeriod.ofYear(2025);
        CostLedger ledger = CostLedger.empty(Fixtures.OPERATOR).with(new CostEntry("c", period, CostComponent.STAFF,
                Money.ofFen(costFen), "v", new AllocationBasis.Shares(Map.of(CREDIT_API, Ratio.ONE))));
        MarCalculation mar = MarCalculation.compute(Fixtures.OPERATOR, period, ledger,
                new MarParameters(new Ratio(BigDecimal.valueOf(profitPermille, 3)), Ratio.of("0.25"),
                        TaxBase.PERMITTED_PROFIT),
                new CarriedExcess(period.preceding(), Money.ofFen(carriedFen)));

        assertThat(mar.mar().isNegative()).isFalse();
        assertThat(mar.deduction().plus(mar.excessStillToCarry())).isEqualTo(Money.ofFen(carriedFen));
        assertThat(mar.mar().plus(mar.deduction())).isEqualTo(mar.grossMar());
    }

    // --- independent oracles ----------------------------------------------------------------------------------

    /** The rate of the n-th call (the unit in (n − 1, n]), read straight from the tiers. */
    private static UnitPrice rateOfCall(TariffComponent component, int n) {
        for (Tier tier : component.tiers()) {
            if (tier.isUnbounded() || tier.upTo().compareTo(BigDecimal.valueOf(n)) >= 0) {
                return tier.rate();
            }
        }
        throw new IllegalStateException();
    }

    /** The charge for {@code calls} calls, one call at a time. */
    private static BigDecimal chargeCallByCall(TariffComponent component, int calls) {
        BigDecimal charge = BigDecimal.ZERO;
        for (int n = 1; n <= calls; n++) {
            charge = charge.add(rateOfCall(component, n).perUnit());
        }
        return charge;
    }
}
