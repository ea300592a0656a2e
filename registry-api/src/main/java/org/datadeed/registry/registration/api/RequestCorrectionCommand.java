package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrar asks for corrections during formal review. */
public record RequestCorrectionCommand(@TargetAggregateIdentifier UUID registrationId, List<String> items, String reason, Actor by, Instant at) {
}
