package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The registration was revoked. */
@Revision("1")
public record RegistrationRevokedEvent(UUID registrationId, RefusalGrounds grounds, String reason, Actor by, Instant at) implements RegistrationEvent {
}
