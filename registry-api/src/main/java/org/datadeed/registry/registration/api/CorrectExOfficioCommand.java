package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar corrects its own error in the record. */
public record CorrectExOfficioCommand(@TargetAggregateIdentifier UUID registrationId, ParticularsChange change, String reason, Actor by, Instant at) {
}
