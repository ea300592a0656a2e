package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator or a regulator revokes a licence. */
public record RevokeLicenceCommand(@TargetAggregateIdentifier UUID licenceId, String reason, Actor by, Instant at) {
}
