package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator rejects an application (or a pending renewal), with reasons. */
public record RejectLicenceCommand(@TargetAggregateIdentifier UUID licenceId, String reason, Actor by, Instant at) {
}
