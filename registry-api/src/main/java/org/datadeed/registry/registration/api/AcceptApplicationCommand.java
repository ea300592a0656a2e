package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar accepts a submitted application. */
public record AcceptApplicationCommand(@TargetAggregateIdentifier UUID registrationId, String reason, Actor by, Instant at) {
}
