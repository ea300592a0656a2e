package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder of the use or operation right files a licence of it. */
public record FileLicenceCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, RightKind right, String licenseeOrganisation, String licenseeName, String scope, Term term, String territory, boolean exclusive, List<EvidenceRef> evidence, String reason, Actor by, Instant at) {
}
