package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved release of a pledge. */
@Revision("1")
public record PledgeReleasedEvent(UUID registrationId, UUID filingId, UUID pledgeId, String reason, Actor by, Instant at) implements RegistrationEvent {
}
