package org.datadeed.marketplace.pricing;

/**
 * One line of a MAR explanation.
 *
 * @param label    what the amount is
 * @param workings how it was computed, with the numbers
 * @param amount   the amount
 */
public record MarItem(String label, String workings, Money amount) {
}
