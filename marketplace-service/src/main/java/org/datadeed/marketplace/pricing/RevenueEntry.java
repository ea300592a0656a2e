package org.datadeed.marketplace.pricing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Revenue recognised from one charge.
 *
 * @param id           unique within the tracker (e.g. the charge or invoice id)
 * @param recognisedOn the date recognised, which falls in the tracked period
 * @param product      the product charged for
 * @param amount       positive
 * @param reference    what it came from, e.g. the licence id or the quote digest
 */
public record RevenueEntry(String id, LocalDate recognisedOn, ProductId product, Money amount, String reference) {

    public RevenueEntry {
        Decimals.requireText(id, "id");
        Objects.requireNonNull(recognisedOn, "recognisedOn");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("revenue entry " + id + " must be positive: " + amount);
        }
        Decimals.requireText(reference, "reference");
    }
}
