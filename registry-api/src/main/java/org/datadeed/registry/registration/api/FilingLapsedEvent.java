package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A pending filing ended undecided because the registration itself ended (cancelled, revoked or expired). */
@Revision("1")
public record FilingLapsedEvent(UUID registrationId, UUID filingId, FilingType type, String reason, Actor by, Instant at) implements RegistrationEvent {
}
