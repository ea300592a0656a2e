package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The registrar accepted the application and gave it its registration number. */
@Revision("1")
public record ApplicationAcceptedEvent(UUID registrationId, String registrationNumber, String reason, Actor by, Instant at) implements RegistrationEvent {
}
