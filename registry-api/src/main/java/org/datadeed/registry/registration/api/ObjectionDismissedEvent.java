package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The registrar dismissed an objection. */
@Revision("1")
public record ObjectionDismissedEvent(UUID registrationId, UUID objectionId, String reason, Actor by, Instant at) implements RegistrationEvent {
}
