package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Freeze on a judicial or administrative order. */
public record FreezeRegistrationCommand(@TargetAggregateIdentifier UUID registrationId, String orderReference, String issuingAuthority, String orderSha256, String reason, Actor by, Instant at) {
}
