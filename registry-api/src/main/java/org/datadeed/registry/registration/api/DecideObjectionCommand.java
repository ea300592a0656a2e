package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar decides an objection with reasons. */
public record DecideObjectionCommand(@TargetAggregateIdentifier UUID registrationId, UUID objectionId, boolean upheld, String reason, Actor by, Instant at) {
}
