package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant resubmits after correcting. */
public record ResubmitCorrectedCommand(@TargetAggregateIdentifier UUID registrationId, String statement, List<EvidenceRef> evidence, Actor by, Instant at) {
}
