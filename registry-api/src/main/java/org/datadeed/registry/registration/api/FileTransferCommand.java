package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder of a right files its transfer to another holder. */
public record FileTransferCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, RightKind right, String transfereeOrganisation, String transfereeName, List<EvidenceRef> evidence, String reason, Actor by, Instant at) {
}
