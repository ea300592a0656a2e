package org.datadeed.marketplace.pricing;

import java.time.Duration;
import java.util.Objects;

/**
 * The configuration a quote is priced under, named by a version so a quote can be recomputed later under exactly
 * the same configuration. Change any value, change the version.
 *
 * @param version   identifies this configuration, e.g. "fujian-2025-03"
 * @param validity  how long a quote stays binding after its instant
 * @param discounts the discounts offered
 */
public record QuotePolicy(String version, Duration validity, DiscountPolicy discounts) {

    public QuotePolicy {
        Decimals.requireText(version, "version");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(discounts, "discounts");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a quote is valid for a positive duration");
        }
    }
}
