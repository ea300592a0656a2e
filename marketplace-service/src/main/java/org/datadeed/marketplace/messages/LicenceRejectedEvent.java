package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The operator rejected the application. */
@Revision("1")
public record LicenceRejectedEvent(UUID licenceId, String reason, Actor by, Instant at) {
}
