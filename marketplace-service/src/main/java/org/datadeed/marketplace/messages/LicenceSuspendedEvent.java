package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The licence was suspended; {@code cause} is OPERATOR, OVER_USE or PRODUCT_UNAVAILABLE. */
@Revision("1")
public record LicenceSuspendedEvent(UUID licenceId, String cause, String reason, Actor by, Instant at) {
}
