package org.datadeed.marketplace.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every ceiling filing for one product, in the order filed; nothing is ever removed.
 *
 * <p><b>Supersession.</b> The ceiling in force at an instant is the latest-filed filing whose effective date has
 * arrived. If that filing has expired by then (a trial standard past its expiry), no ceiling is in force and nothing
 * can be charged: an earlier, superseded filing does not revive.
 *
 * <p>Obligations of the caller: record filings in the order filed ({@link #with} refuses a filing recorded with an
 * earlier {@code filedAt} than the last one); because a filing cannot take effect before it is filed, the ceiling
 * in force at any past instant never changes once recorded, which is what makes quotes recomputable.
 *
 * @param product the product
 * @param history the filings, in the order filed
 */
public record CeilingRegister(ProductId product, List<CeilingFiling> history) {

    public CeilingRegister {
        Objects.requireNonNull(product, "product");
        history = List.copyOf(history);
        List<CeilingFiling> accepted = new ArrayList<>();
        for (CeilingFiling filing : history) {
            PricingRefusedException.throwIfAny(check(product, accepted, filing));
            accepted.add(filing);
        }
    }

    public static CeilingRegister empty(ProductId product) {
        return new CeilingRegister(product, List.of());
    }

    /** The violations that recording {@code filing} next would cause; empty if it may be recorded. */
    public List<Violation> check(CeilingFiling filing) {
        return check(product, history, filing);
    }

    /** This register with {@code filing} recorded as the latest. Refuses with the violations of {@link #check}. */
    public CeilingRegister with(CeilingFiling filing) {
        PricingRefusedException.throwIfAny(check(filing));
        List<CeilingFiling> next = new ArrayList<>(history);
        next.add(filing);
        return new CeilingRegister(product, next);
    }

    public Optional<CeilingFiling> inForceAt(Instant instant) {
        return Supersession.inForceAt(history, instant, CeilingFiling::effectiveFrom, CeilingFiling::expiry);
    }

    /** The filing in force at {@code instant}, or a {@link PricingRule#NO_CEILING_IN_FORCE} refusal. */
    public CeilingFiling requireInForceAt(Instant instant) {
        return inForceAt(instant).orElseThrow(() -> PricingRefusedException.of(PricingRule.NO_CEILING_IN_FORCE,
                "no ceiling for " + product + " is in force at " + instant));
    }

    public Optional<CeilingFiling> find(FilingId id) {
        return history.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The successive filings in force, with the interval each was in force; gaps omitted. */
    public List<InForce<CeilingFiling>> timeline() {
        return Supersession.timeline(history, CeilingFiling::effectiveFrom, CeilingFiling::expiry);
    }

    private static List<Violation> check(ProductId product, List<CeilingFiling> history, CeilingFiling filing) {
        List<Violation> violations = new ArrayList<>();
        if (!filing.product().equals(product)) {
            violations.add(new Violation(PricingRule.WRONG_PRODUCT,
                    "filing " + filing.id() + " is for " + filing.product() + ", not " + product));
        }
        if (history.stream().anyMatch(f -> f.id().equals(filing.id()))) {
            violations.add(new Violation(PricingRule.DUPLICATE_RECORD, "filing " + filing.id() + " already recorded"));
        }
        if (!history.isEmpty()) {
            Instant lastFiled = history.get(history.size() - 1).filedAt();
            if (filing.filedAt().isBefore(lastFiled)) {
                violations.add(new Violation(PricingRule.RECORDED_OUT_OF_ORDER, "filing " + filing.id()
                        + " filed " + filing.filedAt() + ", before the last filing (" + lastFiled + ")"));
            }
        }
        return violations;
    }
}
