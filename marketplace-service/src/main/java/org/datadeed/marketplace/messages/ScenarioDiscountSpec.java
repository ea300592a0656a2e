package org.datadeed.marketplace.messages;

/** A discount, in whole percent, for a supported application scenario. */
public record ScenarioDiscountSpec(String scenario, int percent) {
}
