package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The licence was resumed. */
@Revision("1")
public record LicenceResumedEvent(UUID licenceId, String reason, Actor by, Instant at) {
}
