package org.datadeed.marketplace.pricing;

import java.util.Objects;

/**
 * A discount off every price of a quote: the unit price is multiplied by {@code 1 − rate}, once. A rate is between
 * 0 and 1 inclusive, so a discount can never increase a price.
 *
 * @param basis why it is granted
 * @param rate  the fraction taken off, e.g. 0.15
 */
public record Discount(DiscountBasis basis, Ratio rate) {

    public static final Discount NONE = new Discount(DiscountBasis.NONE, Ratio.ZERO);

    public Discount {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rate, "rate").requireAtMostOne("discount");
        if (basis == DiscountBasis.NONE && !rate.isZero()) {
            throw new IllegalArgumentException("no discount has rate 0");
        }
    }

    @Override
    public String toString() {
        return basis + " " + rate;
    }
}
