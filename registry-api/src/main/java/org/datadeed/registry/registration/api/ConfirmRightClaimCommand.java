package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The organisation named as the holder of a right in someone else's application confirms the claim, as it stands
 * now. Without it, no application claims a right in another organisation's name.
 */
public record ConfirmRightClaimCommand(@TargetAggregateIdentifier UUID registrationId, RightKind kind, Actor by, Instant at) {
}
