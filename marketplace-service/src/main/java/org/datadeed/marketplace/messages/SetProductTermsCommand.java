package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator sets the licence terms of one of its products. */
public record SetProductTermsCommand(@TargetAggregateIdentifier UUID productId, String operatorOrganisation, ProductTermsSpec terms, Actor by, Instant at) {
}
