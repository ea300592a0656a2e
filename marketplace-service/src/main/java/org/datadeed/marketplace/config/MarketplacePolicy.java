package org.datadeed.marketplace.config;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

import org.datadeed.marketplace.pricing.DiscountPolicy;
import org.datadeed.marketplace.pricing.MarParameters;
import org.datadeed.marketplace.pricing.QuotePolicy;
import org.datadeed.marketplace.pricing.Ratio;

/**
 * The marketplace's rules that are configuration ({@code datadeed.marketplace.*}), as the domain uses them.
 *
 * @param zone where dates fall: a licence valid until a date ends at midnight there
 * @param maxTermMonths the longest licence term (authorisation agreements last at most 5 years)
 * @param quoteValidity how long a quote binds
 * @param pricingPolicyVersion names the discount rules below; recorded in every quote so it can be reproduced
 * @param smeDiscount discount for small and medium enterprises (0 for none)
 * @param researchDiscount discount for research use (0 for none)
 * @param mar the MAR's permitted profit rate and taxes
 * @param domesticCountry the country whose delivery points need no cross-border assessment
 */
public record MarketplacePolicy(ZoneId zone, int maxTermMonths, Duration quoteValidity, String pricingPolicyVersion,
                                Ratio smeDiscount, Ratio researchDiscount, MarParameters mar, String domesticCountry) {

    public MarketplacePolicy {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(quoteValidity, "quoteValidity");
        Objects.requireNonNull(mar, "mar");
        if (maxTermMonths < 1) {
            throw new IllegalArgumentException("the longest licence term must be at least one month");
        }
    }

    public LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The instant a day ends (midnight after it) in the marketplace's zone. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The quote policy for a product's schedule: the configured discounts plus the schedule's scenario discounts. */
    public QuotePolicy quotePolicy(Map<String, Ratio> scenarioDiscounts) {
        return new QuotePolicy(pricingPolicyVersion, quoteValidity,
                new DiscountPolicy(scenarioDiscounts, smeDiscount, researchDiscount));
    }
}
