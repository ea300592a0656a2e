package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attach a stored evidence file to the application. */
public record AttachEvidenceCommand(@TargetAggregateIdentifier UUID registrationId, EvidenceRef evidence, Actor by, Instant at) {
}
