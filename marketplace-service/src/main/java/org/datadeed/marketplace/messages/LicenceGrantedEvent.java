package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The licence was granted: the signed document (compact JWS) and its SHA-256, the term and the limits. */
@Revision("1")
public record LicenceGrantedEvent(UUID licenceId, LocalDate validFrom, LocalDate validUntil, LicenceLimits limits, String jws, String documentSha256, boolean automatic, String reason, Actor by, Instant at) {
}
