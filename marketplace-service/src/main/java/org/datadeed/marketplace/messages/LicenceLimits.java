package org.datadeed.marketplace.messages;

/** What a licence allows per calendar month, and when to warn (percent of a limit). */
public record LicenceLimits(Long maxCallsPerMonth, Double maxGbPerMonth, int overUseAlertPercent) {
}
