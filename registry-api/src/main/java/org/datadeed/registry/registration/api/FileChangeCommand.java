package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder files a change of registered particulars. */
public record FileChangeCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, ParticularsChange change, List<EvidenceRef> evidence, String reason, Actor by, Instant at) {
}
