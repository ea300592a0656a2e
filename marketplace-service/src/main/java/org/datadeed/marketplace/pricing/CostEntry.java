package org.datadeed.marketplace.pricing;

import java.util.Objects;

/**
 * One cost booked by the operator: a component, a period, an amount, the evidence a price auditor can check it
 * against, and how it is allocated to products.
 *
 * @param id         unique within the ledger
 * @param period     the period the cost belongs to
 * @param component  the cost component
 * @param amount     positive
 * @param evidence   voucher, contract or invoice reference
 * @param allocation how it is shared among products
 */
public record CostEntry(String id, AccountingPeriod period, CostComponent component, Money amount, String evidence,
                        AllocationBasis allocation) {

    public CostEntry {
        Decimals.requireText(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("cost entry " + id + " must be positive: " + amount);
        }
        Decimals.requireText(evidence, "evidence");
        Objects.requireNonNull(allocation, "allocation");
    }
}
