package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The holder of a right filed a licence of it. */
@Revision("1")
public record LicenceFiledEvent(UUID registrationId, UUID filingId, RightKind right, String licenseeOrganisation, String licenseeName, String scope, Term term, String territory, boolean exclusive, List<EvidenceRef> evidence, String reason, Actor by, Instant at) implements RegistrationEvent {
}
