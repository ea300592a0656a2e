package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator resumes a suspended licence. */
public record ResumeLicenceCommand(@TargetAggregateIdentifier UUID licenceId, String reason, Actor by, Instant at) {
}
