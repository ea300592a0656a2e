package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved change of particulars; the certificate moves to a new version. */
@Revision("1")
public record ParticularsChangedEvent(UUID registrationId, UUID filingId, ParticularsChange change, int certificateVersion, String reason, Actor by, Instant at) implements RegistrationEvent {
}
