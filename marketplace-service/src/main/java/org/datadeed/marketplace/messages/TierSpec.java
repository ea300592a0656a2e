package org.datadeed.marketplace.messages;

/** One band of a tiered price: up to {@code upTo} units (0 for the unbounded last band) at {@code unitPrice}. */
public record TierSpec(long upTo, String unitPrice) {
}
