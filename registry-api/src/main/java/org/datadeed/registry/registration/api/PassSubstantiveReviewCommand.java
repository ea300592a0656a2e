package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Substantive review passed on the strength of the required report. */
public record PassSubstantiveReviewCommand(@TargetAggregateIdentifier UUID registrationId, String reportSha256, String reason, Actor by, Instant at) {
}
