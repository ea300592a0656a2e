package org.datadeed.marketplace.pricing;

import java.util.Objects;

/**
 * What a quote was computed from, so it can be recomputed byte for byte later: the rules version of this engine,
 * the {@link QuotePolicy} version, and for charged use the ceiling filing and schedule version.
 */
public sealed interface QuoteBasis permits QuoteBasis.Charged, QuoteBasis.FreeOfCharge {

    /** The engine's rules version ({@link QuoteEngine#RULES_VERSION} when computed). */
    String rulesVersion();

    /** The {@link QuotePolicy#version()} priced under. */
    String policyVersion();

    /**
     * Industry or commercial use, priced from a schedule under a ceiling.
     *
     * @param ceilingFiling   the filing in force at the quote's instant
     * @param scheduleVersion the schedule version in force at the quote's instant
     * @param policyVersion   the quote policy version
     * @param rulesVersion    the engine's rules version
     */
    record Charged(FilingId ceilingFiling, int scheduleVersion, String policyVersion, String rulesVersion)
            implements QuoteBasis {
        public Charged {
            Objects.requireNonNull(ceilingFiling, "ceilingFiling");
            Decimals.requireText(policyVersion, "policyVersion");
            Decimals.requireText(rulesVersion, "rulesVersion");
        }
    }

    /**
     * Public governance or public welfare use: free, no filing or schedule needed.
     *
     * @param category      the free use category
     * @param policyVersion the quote policy version
     * @param rulesVersion  the engine's rules version
     */
    record FreeOfCharge(UseCategory category, String policyVersion, String rulesVersion) implements QuoteBasis {
        public FreeOfCharge {
            if (!Objects.requireNonNull(category, "category").isFree()) {
                throw new IllegalArgumentException(category + " use is not free of charge");
            }
            Decimals.requireText(policyVersion, "policyVersion");
            Decimals.requireText(rulesVersion, "rulesVersion");
        }
    }
}
