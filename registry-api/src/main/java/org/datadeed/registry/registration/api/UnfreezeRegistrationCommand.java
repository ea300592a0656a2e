package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift a freeze on the order that lifts it. */
public record UnfreezeRegistrationCommand(@TargetAggregateIdentifier UUID registrationId, String orderReference, String issuingAuthority, String orderSha256, String reason, Actor by, Instant at) {
}
