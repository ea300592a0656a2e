package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;

/** What the licence workflow knows of the quote an application or renewal rests on. */
public record QuoteFacts(UUID quoteId, String requesterOrganisation, UUID productId, String useCategory, String scenario, String total, Integer months, Instant validUntil, boolean eligibilityReviewRequired, UUID alreadyUsedBy) {
}
