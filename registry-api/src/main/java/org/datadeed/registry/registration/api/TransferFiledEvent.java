package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The holder of a right filed its transfer. */
@Revision("1")
public record TransferFiledEvent(UUID registrationId, UUID filingId, RightKind right, String transfereeOrganisation, String transfereeName, List<EvidenceRef> evidence, String reason, Actor by, Instant at) implements RegistrationEvent {
}
