package org.datadeed.marketplace.pricing;

import java.util.List;

/**
 * A product's published prices for a year: the filed ceilings and the actual fees, each with when it applied.
 *
 * @param product    the product
 * @param ceilings   filed ceilings in force during the year
 * @param actualFees actual fee schedules in force during the year
 */
public record ProductFees(ProductId product, List<InForce<CeilingFiling>> ceilings,
                          List<InForce<PriceSchedule>> actualFees) {

    public ProductFees {
        ceilings = List.copyOf(ceilings);
        actualFees = List.copyOf(actualFees);
    }
}
