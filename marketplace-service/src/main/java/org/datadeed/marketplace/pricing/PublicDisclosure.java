package org.datadeed.marketplace.pricing;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * What is published for a year: ceilings and actual fees per product, and revenue against MAR. Cost details stay
 * in the {@link AnnualOperatingReport} for the authorities and auditors.
 *
 * @param operator            the operator
 * @param year                the year reported
 * @param dueBy               last day to publish
 * @param products            ceilings and actual fees per product
 * @param mar                 the year's maximum permitted revenue
 * @param revenue             revenue recognised in the year
 * @param excessCarriedForward revenue above MAR (plus unabsorbed earlier excess) deducted from next year's MAR
 */
public record PublicDisclosure(OperatorId operator, Year year, LocalDate dueBy, List<ProductFees> products,
                               Money mar, Money revenue, Money excessCarriedForward) {

    public PublicDisclosure {
        products = List.copyOf(products);
    }
}
