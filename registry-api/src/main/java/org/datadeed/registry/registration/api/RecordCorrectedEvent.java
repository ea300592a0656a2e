package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The record was corrected, on the holder's filing or ex officio (filingId null). */
@Revision("1")
public record RecordCorrectedEvent(UUID registrationId, UUID filingId, ParticularsChange change, boolean exOfficio, int certificateVersion, String reason, Actor by, Instant at) implements RegistrationEvent {
}
