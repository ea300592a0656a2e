package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar rejects a pending filing. */
public record RejectFilingCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, RefusalGrounds grounds, String reason, Actor by, Instant at) {
}
