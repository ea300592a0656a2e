package org.datadeed.marketplace.messages;

/** One line of a quote. */
public record QuotedLine(String description, String unit, String quantity, String unitPrice, String ceilingUnitPrice, String discount, String amount) {
}
