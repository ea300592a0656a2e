package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The filer withdrew a filing. */
@Revision("1")
public record FilingWithdrawnEvent(UUID registrationId, UUID filingId, FilingType type, String reason, Actor by, Instant at) implements RegistrationEvent {
}
