package org.datadeed.marketplace.pricing;

/** What the MAR's tax rate is applied to (configuration). */
public enum TaxBase {
    /** Operating cost (all components but taxes). */
    OPERATING_COST("operating cost"),
    /** Permitted profit, e.g. for corporate income tax on the permitted return. */
    PERMITTED_PROFIT("permitted profit"),
    /** Operating cost plus permitted profit, e.g. for surcharges on turnover. */
    OPERATING_COST_PLUS_PROFIT("operating cost + permitted profit"),
    /** The taxes booked in the cost ledger ({@link CostComponent#TAXES}); with rate 1 they pass through as booked. */
    RECORDED_TAXES("taxes booked in the cost ledger");

    private final String label;

    TaxBase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
