package org.datadeed.marketplace.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A government-guided ceiling price filed by the authorising body for one product: the most that may be charged per
 * charging unit, as a {@link Tariff} (flat or tiered per unit). No quote or charge may exceed it.
 *
 * <p>A <em>trial</em> fee standard (where no full operating year exists yet) must carry its own expiry; a full
 * filing may, but need not. A filing never takes effect before it was filed. Once recorded, a filing is superseded
 * from the effective date of any later filing for the same product (see {@link CeilingRegister}).
 *
 * @param id            the register's identifier for this filing
 * @param product       the product priced
 * @param ceiling       the ceiling prices per charging unit
 * @param filedBy       the authorising body and its document reference
 * @param filedAt       when it was filed
 * @param effectiveFrom first instant it applies
 * @param effectiveUntil first instant it no longer applies, or {@code null}; prefer {@link #expiry()}
 * @param trial         whether this is a trial fee standard
 */
public record CeilingFiling(FilingId id, ProductId product, Tariff ceiling, AuthorityReference filedBy,
                            Instant filedAt, Instant effectiveFrom, Instant effectiveUntil, boolean trial) {

    public CeilingFiling {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        List<Violation> violations = new ArrayList<>();
        if (effectiveFrom.isBefore(filedAt)) {
            violations.add(new Violation(PricingRule.RETROACTIVE_EFFECTIVE_DATE,
                    "filing " + id + " takes effect " + effectiveFrom + ", before it was filed " + filedAt));
        }
        if (trial && effectiveUntil == null) {
            violations.add(new Violation(PricingRule.TRIAL_WITHOUT_EXPIRY,
                    "trial fee standard " + id + " has no expiry"));
        }
        if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("filing " + id + " expires " + effectiveUntil
                    + ", not after it takes effect " + effectiveFrom);
        }
        PricingRefusedException.throwIfAny(violations);
    }

    /** A full (non-trial) filing in force until superseded. */
    public static CeilingFiling full(FilingId id, ProductId product, Tariff ceiling, AuthorityReference filedBy,
                                     Instant filedAt, Instant effectiveFrom) {
        return new CeilingFiling(id, product, ceiling, filedBy, filedAt, effectiveFrom, null, false);
    }

    /** A trial fee standard with its own expiry. */
    public static CeilingFiling trial(FilingId id, ProductId product, Tariff ceiling, AuthorityReference filedBy,
                                      Instant filedAt, Instant effectiveFrom, Instant expiresAt) {
        return new CeilingFiling(id, product, ceiling, filedBy, filedAt, effectiveFrom,
                Objects.requireNonNull(expiresAt, "expiresAt"), true);
    }

    /** This filing with an expiry (a full filing may have one too). */
    public CeilingFiling expiringAt(Instant expiresAt) {
        return new CeilingFiling(id, product, ceiling, filedBy, filedAt, effectiveFrom, expiresAt, trial);
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(effectiveUntil);
    }
}
