package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar rejects the application in review. */
public record RejectApplicationCommand(@TargetAggregateIdentifier UUID registrationId, RefusalGrounds grounds, String reason, Actor by, Instant at) {
}
