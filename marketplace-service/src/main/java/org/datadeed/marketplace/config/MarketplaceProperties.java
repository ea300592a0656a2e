package org.datadeed.marketplace.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.datadeed.marketplace.pricing.MarParameters;
import org.datadeed.marketplace.pricing.Ratio;
import org.datadeed.marketplace.pricing.TaxBase;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code datadeed.marketplace.*}: the rules the price authority and the authorising body set, and where the licence
 * key lives. The MAR's profit rate has no default in code: a deployment states it.
 */
@ConfigurationProperties("datadeed.marketplace")
public record MarketplaceProperties(Path licenceKeyFile, ZoneId zone, String domesticCountry, int maxTermMonths,
                                    Duration quoteValidity, String pricingPolicyVersion, int smeDiscountPercent,
                                    int researchDiscountPercent, Mar mar) {

    /** The MAR's parameters: permitted profit on operating cost, and taxes on a base. */
    public record Mar(BigDecimal profitRatePercent, BigDecimal taxRatePercent, TaxBase taxBase) {
    }

    public MarketplacePolicy policy() {
        if (mar == null || mar.profitRatePercent() == null || mar.taxRatePercent() == null || mar.taxBase() == null) {
            throw new IllegalStateException("datadeed.marketplace.mar.profit-rate-percent, tax-rate-percent and tax-base must be set");
        }
        return new MarketplacePolicy(zone, maxTermMonths, quoteValidity, pricingPolicyVersion,
                percent(BigDecimal.valueOf(smeDiscountPercent)), percent(BigDecimal.valueOf(researchDiscountPercent)),
                new MarParameters(percent(mar.profitRatePercent()), percent(mar.taxRatePercent()), mar.taxBase()),
                domesticCountry);
    }

    private static Ratio percent(BigDecimal percent) {
        return new Ratio(percent.movePointLeft(2));
    }
}
