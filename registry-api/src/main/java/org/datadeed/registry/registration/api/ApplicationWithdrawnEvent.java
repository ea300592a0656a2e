package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The applicant withdrew the application. */
@Revision("1")
public record ApplicationWithdrawnEvent(UUID registrationId, String reason, Actor by, Instant at) implements RegistrationEvent {
}
