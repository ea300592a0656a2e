package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved renewal: valid to a new last day. */
@Revision("1")
public record RegistrationRenewedEvent(UUID registrationId, UUID filingId, LocalDate validUntil, String reason, Actor by, Instant at) implements RegistrationEvent {
}
