package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar refuses to accept a submitted application. */
public record RefuseAcceptanceCommand(@TargetAggregateIdentifier UUID registrationId, RefusalGrounds grounds, String reason, Actor by, Instant at) {
}
