package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar approves a pending filing; its effect is registered. */
public record ApproveFilingCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, String reason, Actor by, Instant at) {
}
