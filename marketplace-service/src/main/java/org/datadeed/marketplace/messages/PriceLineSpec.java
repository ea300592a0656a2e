package org.datadeed.marketplace.messages;

import java.util.List;

/** A price or a ceiling as the API states it: the charging unit, its price, the annual fee of an annual-plus-usage tariff and the bands of a tiered one. Amounts are decimal strings in CNY. */
public record PriceLineSpec(String unit, String price, String annualFee, List<TierSpec> tiers) {

    public PriceLineSpec {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
}
