package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The freeze was lifted. */
@Revision("1")
public record RegistrationUnfrozenEvent(UUID registrationId, String orderReference, String issuingAuthority, String orderSha256, String reason, Actor by, Instant at) implements RegistrationEvent {
}
