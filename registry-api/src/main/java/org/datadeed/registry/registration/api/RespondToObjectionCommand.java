package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant responds to an objection. */
public record RespondToObjectionCommand(@TargetAggregateIdentifier UUID registrationId, UUID objectionId, String statement, List<EvidenceRef> evidence, Actor by, Instant at) {
}
