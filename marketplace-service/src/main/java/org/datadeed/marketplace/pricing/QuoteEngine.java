package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices quote requests. Pure: the same request, filing, schedule and policy always give an equal quote.
 *
 * <ul>
 *   <li>{@link #quote} resolves the ceiling filing and schedule version in force at the request's instant and
 *       prices against them (refusing {@link PricingRule#NO_CEILING_IN_FORCE},
 *       {@link PricingRule#NO_SCHEDULE_IN_FORCE}, and {@link PricingRule#PRICE_ABOVE_CEILING} if the schedule in
 *       force exceeds the ceiling in force, e.g. after a lower filing).</li>
 *   <li>{@link #price} prices against a given filing and schedule: what an auditor recomputes with.</li>
 *   <li>{@link #recompute} recomputes a past quote from the basis it names.</li>
 * </ul>
 *
 * <p>Free use categories are priced at zero with every line itemised, flagged for eligibility review, and need no
 * filing or schedule. Charged use needs a quantity for every unit the schedule charges (a fixed annual fee cannot be
 * left out) and none for units it does not charge.
 */
public final class QuoteEngine {

    /** Identifies the pricing rules implemented here; changes whenever a rule changes how a quote is computed. */
    public static final String RULES_VERSION = "datadeed-pricing/1";

    private final QuotePolicy policy;

    public QuoteEngine(QuotePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public QuotePolicy policy() {
        return policy;
    }

    /** Quotes {@code request} under the filing and schedule in force at its instant. */
    public Quote quote(QuoteRequest request, CeilingRegister ceilings, PriceScheduleRegister schedules) {
        requireProduct(request, ceilings.product(), "ceiling register");
        requireProduct(request, schedules.product(), "schedule register");
        if (request.category().isFree()) {
            return free(request);
        }
        CeilingFiling filing = ceilings.requireInForceAt(request.at());
        PriceSchedule schedule = schedules.requireInForceAt(request.at());
        return price(request, filing, schedule);
    }

    /** Quotes {@code request} against exactly this filing and schedule (whether or not they are in force). */
    public Quote price(QuoteRequest request, CeilingFiling filing, PriceSchedule schedule) {
        if (request.category().isFree()) {
            return free(request);
        }
        requireProduct(request, filing.product(), "filing " + filing.id());
        requireProduct(request, schedule.product(), "schedule v" + schedule.version());
        CeilingCompliance.requireWithin(schedule.prices(), filing);
        Tariff prices = schedule.prices();
        List<Violation> violations = new ArrayList<>();
        for (TariffComponent component : prices.components()) {
            if (request.quantity(component.unit()).isEmpty()) {
                violations.add(new Violation(PricingRule.QUANTITY_MISSING, "the schedule charges per "
                        + component.unit().label() + "; the request gives no quantity per " + component.unit().label()));
            }
        }
        for (Quantity quantity : request.quantities()) {
            if (prices.component(quantity.unit()).isEmpty()) {
                violations.add(new Violation(PricingRule.UNIT_NOT_OFFERED, request.product() + " is not sold per "
                        + quantity.unit().label()));
            }
        }
        PricingRefusedException.throwIfAny(violations);

        List<Discount> eligible = policy.discounts().eligible(request.scenario(), request.requester());
        Discount discount = policy.discounts().applicable(request.scenario(), request.requester());
        Ratio keep = discount.rate().complement();
        List<Draft> drafts = new ArrayList<>();
        for (TariffComponent component : prices.components()) {
            BigDecimal volume = request.quantity(component.unit()).orElseThrow().amount();
            TariffComponent cap = filing.ceiling().component(component.unit()).orElseThrow();
            List<TierSegment> segments = component.segments(volume);
            if (segments.isEmpty()) {
                segments = List.of(new TierSegment(1, BigDecimal.ZERO, BigDecimal.ZERO, component.tiers().get(0).rate()));
            }
            for (TierSegment segment : segments) {
                String description = "per " + component.unit().label()
                        + (component.isFlat() ? "" : ", tier " + segment.tier());
                BigDecimal effective = keep.applyTo(segment.rate().perUnit());
                drafts.add(new Draft(description, component.unit(), segment.from(), segment.to(), segment.rate(),
                        effective, effective.multiply(segment.volume()),
                        cap.lowestRateWithin(segment.from(), segment.to()),
                        cap.exactCharge(segment.from(), segment.to())));
            }
        }
        QuoteBasis basis = new QuoteBasis.Charged(filing.id(), schedule.version(), policy.version(), RULES_VERSION);
        return assemble(request, basis, discount, eligible, drafts, false);
    }

    /**
     * Recomputes {@code quote} from the filing and schedule version it names, under this engine's policy, after
     * checking that the basis exists, matches this engine's rules and policy versions, and was the one in force at
     * the quote's instant. The result equals the original (same {@link Quote#digest()}) unless the history was
     * altered.
     */
    public Quote recompute(Quote quote, CeilingRegister ceilings, PriceScheduleRegister schedules) {
        QuoteBasis basis = quote.basis();
        if (!RULES_VERSION.equals(basis.rulesVersion())) {
            throw PricingRefusedException.of(PricingRule.UNKNOWN_BASIS, "quote priced under rules "
                    + basis.rulesVersion() + "; this engine implements " + RULES_VERSION);
        }
        if (!policy.version().equals(basis.policyVersion())) {
            throw PricingRefusedException.of(PricingRule.UNKNOWN_BASIS, "quote priced under policy "
                    + basis.policyVersion() + "; this engine has policy " + policy.version());
        }
        QuoteRequest request = quote.request();
        if (!(basis instanceof QuoteBasis.Charged charged)) {
            return free(request);
        }
        CeilingFiling filing = ceilings.find(charged.ceilingFiling()).orElseThrow(() -> PricingRefusedException.of(
                PricingRule.UNKNOWN_BASIS, "no filing " + charged.ceilingFiling() + " for " + ceilings.product()));
        PriceSchedule schedule = schedules.version(charged.scheduleVersion()).orElseThrow(() ->
                PricingRefusedException.of(PricingRule.UNKNOWN_BASIS,
                        "no schedule v" + charged.scheduleVersion() + " for " + schedules.product()));
        Optional<FilingId> filingInForce = ceilings.inForceAt(request.at()).map(CeilingFiling::id);
        Optional<Integer> scheduleInForce = schedules.inForceAt(request.at()).map(PriceSchedule::version);
        if (!filingInForce.equals(Optional.of(filing.id()))
                || !scheduleInForce.equals(Optional.of(schedule.version()))) {
            throw PricingRefusedException.of(PricingRule.BASIS_NOT_IN_FORCE, "at " + request.at() + " the filing in"
                    + " force was " + filingInForce.map(FilingId::value).orElse("none") + " and the schedule "
                    + scheduleInForce.map(v -> "v" + v).orElse("none") + ", not " + filing.id() + " and v"
                    + schedule.version());
        }
        return price(request, filing, schedule);
    }

    private Quote free(QuoteRequest request) {
        String use = request.category().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        List<Draft> drafts = new ArrayList<>();
        for (Quantity quantity : request.quantities()) {
            drafts.add(new Draft("per " + quantity.unit().label() + ", free of charge for " + use + " use",
                    quantity.unit(), BigDecimal.ZERO, quantity.amount(), UnitPrice.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, UnitPrice.ZERO, BigDecimal.ZERO));
        }
        QuoteBasis basis = new QuoteBasis.FreeOfCharge(request.category(), policy.version(), RULES_VERSION);
        return assemble(request, basis, Discount.NONE, List.of(), drafts, true);
    }

    private Quote assemble(QuoteRequest request, QuoteBasis basis, Discount discount, List<Discount> eligible,
                           List<Draft> drafts, boolean reviewEligibility) {
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal ceilingExact = BigDecimal.ZERO;
        List<BigDecimal> exactFen = new ArrayList<>();
        for (Draft draft : drafts) {
            exact = exact.add(draft.exactAmount());
            ceilingExact = ceilingExact.add(draft.ceilingExactAmount());
            exactFen.add(draft.exactAmount().movePointRight(Money.SCALE));
        }
        Money total = Money.round(exact);
        long[] fen = LargestRemainder.roundToTotal(total.fen(), exactFen);
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            lines.add(new QuoteLine(d.description(), d.unit(), d.from(), d.to(), d.unitPrice(), discount.rate(),
                    d.effectiveUnitPrice(), d.exactAmount(), Money.ofFen(fen[i]), d.ceilingUnitPrice(),
                    d.ceilingExactAmount()));
        }
        return new Quote(request, basis, discount, eligible, lines, total, Money.round(ceilingExact),
                reviewEligibility, request.at().plus(policy.validity()));
    }

    private static void requireProduct(QuoteRequest request, ProductId product, String what) {
        if (!request.product().equals(product)) {
            throw PricingRefusedException.of(PricingRule.WRONG_PRODUCT,
                    "a request for " + request.product() + " priced with the " + what + " of " + product);
        }
    }

    private record Draft(String description, ChargingUnit unit, BigDecimal from, BigDecimal to, UnitPrice unitPrice,
                         BigDecimal effectiveUnitPrice, BigDecimal exactAmount, UnitPrice ceilingUnitPrice,
                         BigDecimal ceilingExactAmount) {
    }
}
