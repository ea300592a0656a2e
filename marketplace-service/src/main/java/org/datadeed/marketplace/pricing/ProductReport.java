package org.datadeed.marketplace.pricing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One product in an annual operating report.
 *
 * @param product    the product
 * @param ceilings   the ceiling filings in force during the year, with their intervals cut to the year
 * @param actualFees the schedule versions in force during the year, with their intervals cut to the year
 * @param cost       cost allocated to the product for the year, per component
 * @param revenue    revenue recognised for the product in the year
 */
public record ProductReport(ProductId product, List<InForce<CeilingFiling>> ceilings,
                            List<InForce<PriceSchedule>> actualFees, Map<CostComponent, Money> cost, Money revenue) {

    public ProductReport {
        ceilings = List.copyOf(ceilings);
        actualFees = List.copyOf(actualFees);
        cost = Collections.unmodifiableMap(new EnumMap<>(cost));
    }

    public Money totalCost() {
        return Money.sum(cost.values());
    }
}
