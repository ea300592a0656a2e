package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The registrar refused to accept the application. */
@Revision("1")
public record AcceptanceRefusedEvent(UUID registrationId, RefusalGrounds grounds, String reason, Actor by, Instant at) implements RegistrationEvent {
}
