package org.datadeed.marketplace.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every version of the operator's actual prices for one product, in the order set; nothing is ever removed. The
 * schedule in force at an instant is the latest version whose effective date has arrived (the same supersession rule
 * as {@link CeilingRegister}).
 *
 * <p>Deciding and recording are separate, as an event-sourced aggregate needs: {@link #propose} decides (numbers
 * the version and refuses prices above the ceiling in force when it takes effect) and belongs in a command handler;
 * {@link #with} records an already decided version and only checks its sequence, so it is safe in an event
 * handler. Because a ceiling filed later may be lower, {@link #conflictsWith} lists every interval in which a
 * recorded schedule exceeds the ceiling then in force, and a quote re-checks at its own instant.
 *
 * @param product  the product
 * @param versions the schedules, version 1 first
 */
public record PriceScheduleRegister(ProductId product, List<PriceSchedule> versions) {

    public PriceScheduleRegister {
        Objects.requireNonNull(product, "product");
        versions = List.copyOf(versions);
        for (int i = 0; i < versions.size(); i++) {
            PricingRefusedException.throwIfAny(check(product, versions.subList(0, i), versions.get(i)));
        }
    }

    public static PriceScheduleRegister empty(ProductId product) {
        return new PriceScheduleRegister(product, List.of());
    }

    /**
     * Decides the next schedule version: refuses if no ceiling is in force at {@code effectiveFrom} or if any price
     * is above it ({@link PricingRule#PRICE_ABOVE_CEILING}, {@link PricingRule#UNIT_NOT_FILED}), or if it would
     * reach back before {@code setAt}. Does not record it.
     */
    public PriceSchedule propose(Tariff prices, String setBy, Instant setAt, Instant effectiveFrom,
                                 CeilingRegister ceilings) {
        if (!ceilings.product().equals(product)) {
            throw PricingRefusedException.of(PricingRule.WRONG_PRODUCT,
                    "ceilings of " + ceilings.product() + " cannot price " + product);
        }
        PriceSchedule schedule = new PriceSchedule(product, versions.size() + 1, prices, setBy, setAt, effectiveFrom);
        PricingRefusedException.throwIfAny(check(product, versions, schedule));
        CeilingFiling ceiling = ceilings.requireInForceAt(effectiveFrom);
        CeilingCompliance.requireWithin(prices, ceiling);
        return schedule;
    }

    /** This register with {@code schedule} recorded; refuses a version out of sequence or out of order. */
    public PriceScheduleRegister with(PriceSchedule schedule) {
        PricingRefusedException.throwIfAny(check(product, versions, schedule));
        List<PriceSchedule> next = new ArrayList<>(versions);
        next.add(schedule);
        return new PriceScheduleRegister(product, next);
    }

    public Optional<PriceSchedule> inForceAt(Instant instant) {
        return Supersession.inForceAt(versions, instant, PriceSchedule::effectiveFrom, PriceSchedule::expiry);
    }

    /** The schedule in force at {@code instant}, or a {@link PricingRule#NO_SCHEDULE_IN_FORCE} refusal. */
    public PriceSchedule requireInForceAt(Instant instant) {
        return inForceAt(instant).orElseThrow(() -> PricingRefusedException.of(PricingRule.NO_SCHEDULE_IN_FORCE,
                "no price schedule for " + product + " is in force at " + instant));
    }

    public Optional<PriceSchedule> version(int version) {
        return version >= 1 && version <= versions.size() ? Optional.of(versions.get(version - 1)) : Optional.empty();
    }

    /** The successive versions in force, with the interval each was in force. */
    public List<InForce<PriceSchedule>> timeline() {
        return Supersession.timeline(versions, PriceSchedule::effectiveFrom, PriceSchedule::expiry);
    }

    /**
     * Every interval in which a recorded schedule is in force while a ceiling it exceeds is in force, for example
     * after a lower ceiling was filed. Intervals with a schedule but no ceiling in force are not conflicts (nothing
     * can be quoted then). Empty when all recorded prices comply at all times.
     */
    public List<Violation> conflictsWith(CeilingRegister ceilings) {
        List<Violation> conflicts = new ArrayList<>();
        for (InForce<PriceSchedule> schedule : timeline()) {
            for (InForce<CeilingFiling> ceiling : ceilings.timeline()) {
                Instant scheduleEnd = schedule.end().orElse(Instant.MAX);
                if (!ceiling.overlaps(schedule.from(), scheduleEnd)) {
                    continue;
                }
                InForce<CeilingFiling> overlap = ceiling.clip(schedule.from(), scheduleEnd);
                for (Violation v : CeilingCompliance.check(schedule.item().prices(), ceiling.item().ceiling())) {
                    conflicts.add(new Violation(v.rule(), "schedule v" + schedule.item().version() + " against filing "
                            + ceiling.item().id() + " from " + overlap.from()
                            + overlap.end().filter(e -> !e.equals(Instant.MAX)).map(e -> " until " + e).orElse("")
                            + ": " + v.detail()));
                }
            }
        }
        return conflicts;
    }

    private static List<Violation> check(ProductId product, List<PriceSchedule> recorded, PriceSchedule schedule) {
        List<Violation> violations = new ArrayList<>();
        if (!schedule.product().equals(product)) {
            violations.add(new Violation(PricingRule.WRONG_PRODUCT,
                    "schedule for " + schedule.product() + " recorded for " + product));
        }
        if (schedule.version() != recorded.size() + 1) {
            violations.add(new Violation(PricingRule.DUPLICATE_RECORD, "schedule v" + schedule.version()
                    + " recorded where v" + (recorded.size() + 1) + " is next"));
        }
        if (!recorded.isEmpty()) {
            Instant lastSet = recorded.get(recorded.size() - 1).setAt();
            if (schedule.setAt().isBefore(lastSet)) {
                violations.add(new Violation(PricingRule.RECORDED_OUT_OF_ORDER, "schedule v" + schedule.version()
                        + " set " + schedule.setAt() + ", before the last version (" + lastSet + ")"));
            }
        }
        return violations;
    }
}
