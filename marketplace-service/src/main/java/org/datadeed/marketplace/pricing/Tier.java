package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of a tiered progressive price: the rate that applies to the units of volume inside the band, i.e. above
 * the previous tier's bound and up to and including {@code upTo}. A flat price is a single unbounded tier.
 *
 * @param upTo upper bound of the band (inclusive), or {@code null} for the last, unbounded band; prefer
 *             {@link #limit()}
 * @param rate price per unit inside the band
 */
public record Tier(BigDecimal upTo, UnitPrice rate) {

    public Tier {
        Objects.requireNonNull(rate, "rate");
        if (upTo != null) {
            Decimals.requireNonNegative(upTo, "tier bound");
            if (upTo.signum() == 0) {
                throw new IllegalArgumentException("a tier bound must be positive");
            }
            upTo = Decimals.canonical(upTo);
        }
    }

    /** A band up to and including {@code upTo} units. */
    public static Tier upTo(long upTo, UnitPrice rate) {
        return new Tier(BigDecimal.valueOf(upTo), rate);
    }

    public static Tier upTo(String upTo, UnitPrice rate) {
        return new Tier(new BigDecimal(upTo), rate);
    }

    /** The last band: every unit above the previous bound. */
    public static Tier beyond(UnitPrice rate) {
        return new Tier(null, rate);
    }

    public boolean isUnbounded() {
        return upTo == null;
    }

    public Optional<BigDecimal> limit() {
        return Optional.ofNullable(upTo);
    }
}
