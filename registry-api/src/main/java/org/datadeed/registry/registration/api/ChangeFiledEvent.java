package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The holder filed a change of particulars. */
@Revision("1")
public record ChangeFiledEvent(UUID registrationId, UUID filingId, ParticularsChange change, List<EvidenceRef> evidence, String reason, Actor by, Instant at) implements RegistrationEvent {
}
