package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The registration was cancelled, voluntarily (filingId) or ex officio. */
@Revision("1")
public record RegistrationCancelledEvent(UUID registrationId, UUID filingId, boolean exOfficio, RefusalGrounds grounds, String reason, Actor by, Instant at) implements RegistrationEvent {
}
