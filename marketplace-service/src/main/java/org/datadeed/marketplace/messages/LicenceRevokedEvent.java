package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The licence was revoked. */
@Revision("1")
public record LicenceRevokedEvent(UUID licenceId, String reason, Actor by, Instant at) {
}
