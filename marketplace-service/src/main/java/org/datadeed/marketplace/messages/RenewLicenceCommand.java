package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The licensee asks for a further term on a new quote. */
public record RenewLicenceCommand(@TargetAggregateIdentifier UUID licenceId, String reason, RequesterFacts requester, ProductFacts product, QuoteFacts quote, Actor by, Instant at) {
}
