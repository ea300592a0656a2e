package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The application was submitted for review. */
@Revision("1")
public record ApplicationSubmittedEvent(UUID registrationId, Actor by, Instant at) implements RegistrationEvent {
}
