package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;

/**
 * The part of a requested volume that falls inside one tier: the units in {@code (from, to]}, charged at
 * {@code rate}. The segments of a volume add up to the whole volume, each unit in exactly one segment.
 *
 * @param tier 1-based tier number
 * @param from volume already charged in lower tiers
 * @param to   volume charged up to and including this segment
 * @param rate the tier's unit price
 */
public record TierSegment(int tier, BigDecimal from, BigDecimal to, UnitPrice rate) {

    /** The units inside this tier. */
    public BigDecimal volume() {
        return to.subtract(from);
    }

    /** {@code volume × rate}, exact. */
    public BigDecimal exactCharge() {
        return rate.times(volume());
    }
}
