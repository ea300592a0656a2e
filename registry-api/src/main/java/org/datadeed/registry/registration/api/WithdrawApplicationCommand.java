package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant withdraws an undecided application. */
public record WithdrawApplicationCommand(@TargetAggregateIdentifier UUID registrationId, String reason, Actor by, Instant at) {
}
