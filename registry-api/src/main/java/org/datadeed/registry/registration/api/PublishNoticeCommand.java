package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish the public notice. */
public record PublishNoticeCommand(@TargetAggregateIdentifier UUID registrationId, String reason, Actor by, Instant at) {
}
