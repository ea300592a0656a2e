package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Frozen on a judicial or administrative order. */
@Revision("1")
public record RegistrationFrozenEvent(UUID registrationId, String orderReference, String issuingAuthority, String orderSha256, String reason, Actor by, Instant at) implements RegistrationEvent {
}
