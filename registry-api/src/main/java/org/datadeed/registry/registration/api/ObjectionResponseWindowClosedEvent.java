package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The response window closed without a response. */
@Revision("1")
public record ObjectionResponseWindowClosedEvent(UUID registrationId, UUID objectionId, LocalDate responseDueOn, Actor by, Instant at) implements RegistrationEvent {
}
