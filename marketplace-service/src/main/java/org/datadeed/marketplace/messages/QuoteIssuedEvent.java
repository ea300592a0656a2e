package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An itemised quote, binding until {@code validUntil}; {@code digest} is the SHA-256 of its canonical text, which recomputing it from the recorded basis reproduces. */
@Revision("1")
public record QuoteIssuedEvent(UUID quoteId, UUID productId, String operatorOrganisation, String requesterOrganisation, String useCategory, String scenario, String purpose, Integer months, Long calls, Double gigabytes, Long thousandRecords, boolean sme, boolean research, List<QuotedLine> lines, String total, String ceilingTotal, boolean eligibilityReviewRequired, UUID ceilingFilingId, Integer scheduleVersion, String policyVersion, String rulesVersion, String discount, String digest, Actor by, Instant at, Instant validUntil) {

    public QuoteIssuedEvent {
        lines = List.copyOf(lines);
    }
}
