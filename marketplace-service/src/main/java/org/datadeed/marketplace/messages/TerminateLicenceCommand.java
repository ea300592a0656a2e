package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The licensee ends its licence (or withdraws its application). */
public record TerminateLicenceCommand(@TargetAggregateIdentifier UUID licenceId, String reason, Actor by, Instant at) {
}
