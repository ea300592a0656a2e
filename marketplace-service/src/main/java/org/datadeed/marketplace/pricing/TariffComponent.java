package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The price for one charging unit: a flat unit price, or tiered progressive by volume (Fujian style), where each
 * tier's rate applies only to the volume inside that tier. Used for both filed ceilings and actual prices.
 *
 * <p>Tiers are ordered by strictly increasing bound; every tier but the last is bounded; the last is unbounded, so
 * every volume is priced. Bounds of integral units are whole numbers.
 *
 * @param unit  the charging unit
 * @param tiers the bands, lowest first
 */
public record TariffComponent(ChargingUnit unit, List<Tier> tiers) {

    public TariffComponent {
        Objects.requireNonNull(unit, "unit");
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a price per " + unit.label() + " needs at least one tier");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            boolean last = i == tiers.size() - 1;
            if (last != tier.isUnbounded()) {
                throw new IllegalArgumentException("only the last tier per " + unit.label() + " is unbounded");
            }
            if (!last) {
                Quantity.requireVolume(unit, tier.upTo(), "tier bound");
                if (tier.upTo().compareTo(previous) <= 0) {
                    throw new IllegalArgumentException("tier bounds per " + unit.label() + " must increase: "
                            + tier.upTo().toPlainString() + " after " + previous.toPlainString());
                }
                previous = tier.upTo();
            }
        }
    }

    /** One rate for every unit. */
    public static TariffComponent flat(ChargingUnit unit, UnitPrice price) {
        return new TariffComponent(unit, List.of(Tier.beyond(price)));
    }

    /** Tiered progressive; the last tier must be {@link Tier#beyond(UnitPrice)}. */
    public static TariffComponent tiered(ChargingUnit unit, Tier... tiers) {
        return new TariffComponent(unit, List.of(tiers));
    }

    public boolean isFlat() {
        return tiers.size() == 1;
    }

    /** The bounded tier limits, increasing. */
    public List<BigDecimal> bounds() {
        return tiers.stream().filter(t -> !t.isUnbounded()).map(Tier::upTo).toList();
    }

    /**
     * Splits {@code volume} into the parts inside each tier, lowest first, omitting empty tiers. The segments'
     * volumes add up to {@code volume}; zero volume has no segments.
     */
    public List<TierSegment> segments(BigDecimal volume) {
        BigDecimal total = Quantity.requireVolume(unit, volume, "volume");
        List<TierSegment> segments = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size() && from.compareTo(total) < 0; i++) {
            Tier tier = tiers.get(i);
            BigDecimal to = tier.isUnbounded() ? total : tier.upTo().min(total);
            segments.add(new TierSegment(i + 1, from, to, tier.rate()));
            from = to;
        }
        return segments;
    }

    /** The exact charge for {@code volume} units, tier by tier; no rounding. */
    public BigDecimal exactCharge(BigDecimal volume) {
        BigDecimal charge = BigDecimal.ZERO;
        for (TierSegment segment : segments(volume)) {
            charge = charge.add(segment.exactCharge());
        }
        return charge;
    }

    /** The exact charge for the units in {@code (from, to]}: {@code charge(to) − charge(from)}. */
    public BigDecimal exactCharge(BigDecimal from, BigDecimal to) {
        return exactCharge(to).subtract(exactCharge(from));
    }

    /** The rate of the units just above {@code position}, i.e. of the tier with {@code previous bound ≤ position < upTo}. */
    public UnitPrice rateAbove(BigDecimal position) {
        for (Tier tier : tiers) {
            if (tier.isUnbounded() || tier.upTo().compareTo(position) > 0) {
                return tier.rate();
            }
        }
        throw new IllegalStateException("the last tier is unbounded");
    }

    /**
     * The lowest rate of any unit in {@code (from, to]}; for an empty range, the rate just above {@code from}.
     * This is the rate that binds a price charged uniformly over that range.
     */
    public UnitPrice lowestRateWithin(BigDecimal from, BigDecimal to) {
        UnitPrice lowest = rateAbove(from);
        BigDecimal lower = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            boolean startsBeforeEnd = lower.compareTo(to) < 0;
            boolean endsAfterStart = tier.isUnbounded() || tier.upTo().compareTo(from) > 0;
            if (startsBeforeEnd && endsAfterStart) {
                lowest = UnitPrice.min(lowest, tier.rate());
            }
            if (tier.isUnbounded()) {
                break;
            }
            lower = tier.upTo();
        }
        return lowest;
    }
}
