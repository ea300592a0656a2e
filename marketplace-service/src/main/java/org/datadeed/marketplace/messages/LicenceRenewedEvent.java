package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The licence was renewed: its new term and the newly signed document. */
@Revision("1")
public record LicenceRenewedEvent(UUID licenceId, UUID quoteId, String price, LocalDate validUntil, String jws, String documentSha256, boolean automatic, String reason, Actor by, Instant at) {
}
