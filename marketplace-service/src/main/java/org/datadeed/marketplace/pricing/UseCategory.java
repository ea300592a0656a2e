package org.datadeed.marketplace.pricing;

/**
 * What the requester will use the data for. Public governance and public welfare use is free of charge, subject to
 * a review of eligibility evidence (and re-classification if actual use drifts to commercial, which the licence
 * workflow handles); industry and commercial use pays a service fee under the filed ceiling.
 */
public enum UseCategory {
    PUBLIC_GOVERNANCE(true),
    PUBLIC_WELFARE(true),
    INDUSTRY(false),
    COMMERCIAL(false);

    private final boolean free;

    UseCategory(boolean free) {
        this.free = free;
    }

    /** Priced at zero; the quote flags that eligibility evidence must be reviewed. */
    public boolean isFree() {
        return free;
    }
}
