package org.datadeed.marketplace.messages;

/** One automatic check of a licence application, passed or not, and why. */
public record CheckOutcome(String check, boolean passed, String detail) {
}
