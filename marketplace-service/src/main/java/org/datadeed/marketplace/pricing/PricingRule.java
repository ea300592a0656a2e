package org.datadeed.marketplace.pricing;

/**
 * The pricing rules a command can break, each with a stable code for {@code application/problem+json} types and
 * for logs. Codes never change once released; add new rules rather than renaming.
 */
public enum PricingRule {
    /** An actual price (any tier, any unit) above the filed ceiling for the same units. */
    PRICE_ABOVE_CEILING("price-above-ceiling"),
    /** A schedule charges in a unit for which the ceiling files no price. */
    UNIT_NOT_FILED("unit-not-filed"),
    /** No ceiling filing is in force for the product at the instant (none filed yet, or the last one expired). */
    NO_CEILING_IN_FORCE("no-ceiling-in-force"),
    /** No price schedule is in force for the product at the instant. */
    NO_SCHEDULE_IN_FORCE("no-schedule-in-force"),
    /** A filing, schedule or request for a product other than the one the register or basis is about. */
    WRONG_PRODUCT("wrong-product"),
    /** An effective date before the instant of filing or setting: prices do not reach back. */
    RETROACTIVE_EFFECTIVE_DATE("retroactive-effective-date"),
    /** A filing or schedule recorded with an earlier instant than the one before it. */
    RECORDED_OUT_OF_ORDER("recorded-out-of-order"),
    /** A filing id, schedule version, cost entry or revenue entry recorded twice, or out of sequence. */
    DUPLICATE_RECORD("duplicate-record"),
    /** A trial fee standard without its own expiry. */
    TRIAL_WITHOUT_EXPIRY("trial-without-expiry"),
    /** A request lacks the quantity for a unit the schedule charges (a fixed fee cannot be left out). */
    QUANTITY_MISSING("quantity-missing"),
    /** A request asks for a unit the schedule does not charge in. */
    UNIT_NOT_OFFERED("unit-not-offered"),
    /** "No scenario, no authorisation": every request declares its application scenario. */
    SCENARIO_REQUIRED("scenario-required"),
    /** A quote's basis (filing, schedule version, policy or rules version) cannot be found or does not match. */
    UNKNOWN_BASIS("unknown-basis"),
    /** A quote's basis exists but was not the one in force at the quote's instant. */
    BASIS_NOT_IN_FORCE("basis-not-in-force"),
    /** Explicit allocation shares that do not add up to exactly one. */
    SHARES_NOT_WHOLE("shares-not-whole"),
    /** An allocation driver whose volumes are all zero. */
    NO_ALLOCATION_WEIGHT("no-allocation-weight"),
    /** A cost entry whose period straddles the boundary of the period asked about. */
    COST_ENTRY_STRADDLES_PERIOD("cost-entry-straddles-period"),
    /** Excess revenue carried from a period other than the immediately preceding one. */
    CARRY_OVER_NOT_FROM_PREVIOUS_PERIOD("carry-over-not-from-previous-period"),
    /** Revenue recognised on a date outside the tracked period, or for another operator's period. */
    REVENUE_OUTSIDE_PERIOD("revenue-outside-period");

    private final String code;

    PricingRule(String code) {
        this.code = code;
    }

    /** The stable, kebab-case rule name. */
    public String code() {
        return code;
    }
}
