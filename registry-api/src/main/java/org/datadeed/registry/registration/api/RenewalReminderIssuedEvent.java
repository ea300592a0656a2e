package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The renewal window opened; the holder is reminded. */
@Revision("1")
public record RenewalReminderIssuedEvent(UUID registrationId, LocalDate validUntil, Actor by, Instant at) implements RegistrationEvent {
}
