package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The licensee ended the licence or withdrew the application. */
@Revision("1")
public record LicenceTerminatedEvent(UUID licenceId, String reason, Actor by, Instant at) {
}
