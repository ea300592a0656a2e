package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Suspend an active licence: by its operator, or by the system on over-use or when the product becomes unavailable. */
public record SuspendLicenceCommand(@TargetAggregateIdentifier UUID licenceId, String reason, Actor by, Instant at) {
}
