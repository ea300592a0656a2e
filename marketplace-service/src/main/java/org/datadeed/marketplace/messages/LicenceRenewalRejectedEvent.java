package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A renewal was refused by its checks or by the operator; the licence runs on to its end. */
@Revision("1")
public record LicenceRenewalRejectedEvent(UUID licenceId, UUID quoteId, String reason, Actor by, Instant at) {
}
