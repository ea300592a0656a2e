package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The organisation named as a right's holder confirmed the claim exactly as recorded here. */
@Revision("1")
public record RightClaimConfirmedEvent(UUID registrationId, RightClaim claim, Actor by, Instant at) implements RegistrationEvent {
}
