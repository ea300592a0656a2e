package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A ceiling filing was recorded for the product. */
@Revision("1")
public record CeilingFiledEvent(UUID productId, UUID filingId, String operatorOrganisation, String filingReference, String authorisingBody, Instant effectiveFrom, Instant effectiveUntil, boolean trial, List<PriceLineSpec> ceilings, Actor by, Instant at) {
}
