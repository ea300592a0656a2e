package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar cancels a registration of its own motion. */
public record CancelExOfficioCommand(@TargetAggregateIdentifier UUID registrationId, RefusalGrounds grounds, String reason, Actor by, Instant at) {
}
