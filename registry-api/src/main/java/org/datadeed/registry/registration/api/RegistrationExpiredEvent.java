package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The validity period ended without renewal. */
@Revision("1")
public record RegistrationExpiredEvent(UUID registrationId, LocalDate validUntil, Actor by, Instant at) implements RegistrationEvent {
}
