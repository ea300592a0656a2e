package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the application's content while it may still be edited. */
public record UpdateDraftCommand(@TargetAggregateIdentifier UUID registrationId, ApplicationContent content, Actor by, Instant at) {
}
