package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder files a voluntary cancellation. */
public record FileCancellationCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, List<EvidenceRef> evidence, String reason, Actor by, Instant at) {
}
