package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;

/**
 * The part of one cost entry allocated to one product, with everything needed to check it by hand: the entry's
 * amount times {@code weight / totalWeight} is the exact share, and {@code amount} is that share rounded down or up
 * to the fen by largest remainder (the parts of an entry add up exactly to it).
 *
 * @param entryId     the cost entry
 * @param period      its period
 * @param component   its component
 * @param product     the product
 * @param weight      the product's share or driver volume
 * @param totalWeight the sum of all products' weights for the entry
 * @param basis       the entry's allocation basis, described
 * @param amount      the allocated amount
 */
public record AllocatedCost(String entryId, AccountingPeriod period, CostComponent component, ProductId product,
                            BigDecimal weight, BigDecimal totalWeight, String basis, Money amount) {
}
