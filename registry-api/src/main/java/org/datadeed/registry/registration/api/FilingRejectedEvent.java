package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The registrar rejected a filing. */
@Revision("1")
public record FilingRejectedEvent(UUID registrationId, UUID filingId, FilingType type, RefusalGrounds grounds, String reason, Actor by, Instant at) implements RegistrationEvent {
}
