package org.datadeed.marketplace.pricing;

/** Why a discount is granted. The declaration order is the tie-break order when two discounts are equal. */
public enum DiscountBasis {
    /** No discount. */
    NONE,
    /** The request's scenario is one the authorities support with a discount. */
    SUPPORTED_SCENARIO,
    /** The requester is a small or medium-sized enterprise. */
    SME,
    /** The requester is a research institution. */
    RESEARCH
}
