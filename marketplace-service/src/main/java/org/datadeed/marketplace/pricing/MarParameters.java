package org.datadeed.marketplace.pricing;

import java.util.Objects;

/**
 * The price and data authorities' parameters for the maximum permitted revenue (configuration; the domain text
 * gives no defaults, so there are none here).
 *
 * @param profitRate permitted profit as a fraction of operating cost
 * @param taxRate    the tax rate, applied to {@code taxBase}
 * @param taxBase    what the tax rate applies to
 */
public record MarParameters(Ratio profitRate, Ratio taxRate, TaxBase taxBase) {

    public MarParameters {
        Objects.requireNonNull(profitRate, "profitRate");
        Objects.requireNonNull(taxRate, "taxRate").requireAtMostOne("tax rate");
        Objects.requireNonNull(taxBase, "taxBase");
    }
}
