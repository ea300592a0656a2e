package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The licence reached the end of its term. */
@Revision("1")
public record LicenceExpiredEvent(UUID licenceId, LocalDate validUntil, Actor by, Instant at) {
}
