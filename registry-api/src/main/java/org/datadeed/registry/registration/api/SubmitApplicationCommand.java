package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submit the application for review. */
public record SubmitApplicationCommand(@TargetAggregateIdentifier UUID registrationId, Actor by, Instant at) {
}
