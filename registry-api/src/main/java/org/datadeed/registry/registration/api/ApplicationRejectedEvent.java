package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The application was rejected. */
@Revision("1")
public record ApplicationRejectedEvent(UUID registrationId, RefusalGrounds grounds, String reason, Actor by, Instant at) implements RegistrationEvent {
}
