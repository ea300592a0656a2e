package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder or the pledgee files the release of a pledge. */
public record FilePledgeReleaseCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, UUID pledgeId, List<EvidenceRef> evidence, String reason, Actor by, Instant at) {
}
