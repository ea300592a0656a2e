package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The licensee asked for a further term on a new quote, with the facts its checks were run on. */
@Revision("1")
public record LicenceRenewalRequestedEvent(UUID licenceId, String reason, RequesterFacts requester, ProductFacts product, QuoteFacts quote, Actor by, Instant at) {
}
