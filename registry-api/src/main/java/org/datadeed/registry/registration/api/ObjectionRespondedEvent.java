package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The applicant responded to an objection. */
@Revision("1")
public record ObjectionRespondedEvent(UUID registrationId, UUID objectionId, String statement, List<EvidenceRef> evidence, Actor by, Instant at) implements RegistrationEvent {
}
