package org.datadeed.marketplace.pricing;

/**
 * What a price is charged per. A tariff component names one unit; a quote's requested {@link Quantity} names the
 * same units. Units are never converted into one another (a ceiling filed per year does not cover a price per
 * month): a schedule may only charge in units its ceiling files.
 */
public enum ChargingUnit {
    /** One-off, per product (a report, a dataset copy): quantity is the number of copies. */
    PRODUCT("product", true),
    /** Per API call. */
    CALL("call", true),
    /** Per month of access. */
    MONTH("month", true),
    /** Per year of access; also the unit of a fixed annual fee (Guangzhou style). */
    YEAR("year", true),
    /** Per gigabyte delivered or processed; fractional quantities allowed. */
    GIGABYTE("GB", false),
    /** Per record delivered. */
    RECORD("record", true);

    private final String label;
    private final boolean integral;

    ChargingUnit(String label, boolean integral) {
        this.label = label;
        this.integral = integral;
    }

    /** Short human label, e.g. {@code call}, {@code GB}. */
    public String label() {
        return label;
    }

    /** Whether quantities and tier bounds in this unit must be whole numbers. */
    public boolean integral() {
        return integral;
    }
}
