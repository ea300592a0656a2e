package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The registrar upheld an objection; the application is rejected. */
@Revision("1")
public record ObjectionUpheldEvent(UUID registrationId, UUID objectionId, String reason, Actor by, Instant at) implements RegistrationEvent {
}
