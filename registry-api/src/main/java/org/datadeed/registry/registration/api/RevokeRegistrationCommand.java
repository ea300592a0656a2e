package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar revokes a registration obtained by fraud or in breach of the rules. */
public record RevokeRegistrationCommand(@TargetAggregateIdentifier UUID registrationId, RefusalGrounds grounds, String reason, Actor by, Instant at) {
}
