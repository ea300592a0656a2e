package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The notice ended without a standing objection: registered, and a certificate issued. */
@Revision("1")
public record RegistrationGrantedEvent(UUID registrationId, String certificateNumber, LocalDate validFrom, LocalDate validUntil, Actor by, Instant at) implements RegistrationEvent {
}
