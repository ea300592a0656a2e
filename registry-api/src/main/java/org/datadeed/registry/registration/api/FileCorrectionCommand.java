package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder files a correction of an error in the record. */
public record FileCorrectionCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, ParticularsChange change, List<EvidenceRef> evidence, String reason, Actor by, Instant at) {
}
