package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organisation that filed withdraws a pending filing. */
public record WithdrawFilingCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, String reason, Actor by, Instant at) {
}
