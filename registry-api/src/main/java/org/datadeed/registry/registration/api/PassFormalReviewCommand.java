package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Formal review found the application complete and consistent. */
public record PassFormalReviewCommand(@TargetAggregateIdentifier UUID registrationId, String reason, Actor by, Instant at) {
}
