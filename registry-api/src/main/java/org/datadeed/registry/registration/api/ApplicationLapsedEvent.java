package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** No correction came by the deadline; the application lapsed. */
@Revision("1")
public record ApplicationLapsedEvent(UUID registrationId, LocalDate dueOn, Actor by, Instant at) implements RegistrationEvent {
}
